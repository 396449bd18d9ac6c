#pragma once

#include "cache/cachestore.h"
#include "cache/sqlite.h"
#include "domain/logexport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace kanri::exports {

// The log exports of the cache, newest request first. Few per tenant, so all are decoded at
// once; reload() after a sync.
class LogExportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { State, LogType, Period, Format, Rows, Size, Price, Requested, Expires, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;

    // `timeZone`: the tenant's IANA zone, in which periods are shown.
    LogExportTableModel(const cache::CacheConnection &connection, const QString &timeZone,
                        QObject *parent = nullptr);

    bool reload();
    const std::optional<cache::CacheError> &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const domain::LogExport *exportAt(int row) const;
    int rowOf(const QString &id) const;
    const QList<domain::LogExport> &exports() const { return m_exports; }

    // Words for the values, shared with the page and its dialogs.
    static QString stateName(domain::LogExportState state);
    static QString formatName(domain::LogFormat format);
    static QString logTypeName(domain::LogType type);
    static QString price(qint64 yen);
    // Waiting for the vendor or the generator: worth polling.
    static bool isPending(domain::LogExportState state);

private:
    QString periodText(const domain::LogExport &e) const;
    QVariant display(const domain::LogExport &e, Column column) const;

    cache::Database m_db;
    std::optional<cache::CacheError> m_error;
    QTimeZone m_zone;
    QList<domain::LogExport> m_exports;
};

} // namespace kanri::exports
