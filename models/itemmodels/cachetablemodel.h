#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QList>
#include <QVariant>

#include <optional>

namespace kanri::itemmodels {

// A table over one cache table that stays fast with 100,000 rows: reload() reads only the row
// ids in display order; the rows themselves are read in blocks when the view asks for them.
// Reads through a connection of its own, on the thread the model lives on.
class CacheTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The cell values of one row, in the order of rowSql()'s columns (after the rowid).
    using Row = QList<QVariant>;

    explicit CacheTableModel(const cache::CacheConnection &connection, QObject *parent = nullptr);

    // Reads the rows again (after a sync). False when the cache cannot be read (see error()).
    bool reload();
    const std::optional<cache::CacheError> &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The cache's rowid of a row (stable until the next reload()).
    qint64 rowId(int row) const { return m_ids.value(row, -1); }
    // The rowids of the rows of `selection`, sorted and each once; from its ranges, without an
    // index or a cache read per row (a selection may hold every one of 100,000 rows).
    QList<qint64> rowIds(const QItemSelection &selection) const;

protected:
    // The column titles, in the order of the model's Column enum.
    virtual QStringList headers() const = 0;
    // The rowids in display order.
    virtual std::optional<QList<qint64>> loadOrder(cache::Database &db) = 0;
    // SELECT rowid, <columns> FROM … WHERE <table>.rowid IN (%1): %1 becomes the placeholders.
    virtual QByteArray rowSql() const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    // Called with the rows of one block right after they were read (e.g. to add a summary).
    virtual void completeRows(QHash<qint64, Row> &rows) const { Q_UNUSED(rows); }

    cache::Database &database() const { return m_db; }
    // Role id → the catalogue's name for it in the UI language.
    const QHash<QString, QString> &roleDisplayNames() const;
    // Formats an RFC 3339 time of the cache in local time; empty for null.
    static QString timeText(const QVariant &value);
    // SQLite's answers, as values: text, integers, or null.
    static Row readRow(const cache::Statement &statement, int firstColumn, int count);

private:
    const Row *rowAt(int row) const;

    mutable cache::Database m_db;
    std::optional<cache::CacheError> m_error;
    QList<qint64> m_ids;
    // Blocks of rows read lately (block number → rowid → row), the oldest dropped first.
    mutable QHash<int, QHash<qint64, Row>> m_blocks;
    mutable QList<int> m_blockOrder;
    mutable std::optional<QHash<QString, QString>> m_roleNames;
};

} // namespace kanri::itemmodels
