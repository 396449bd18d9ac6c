#pragma once

#include "itemmodels/cachetablemodel.h"

#include <QCollator>
#include <QLocale>
#include <QHash>

namespace kanri::itemmodels {

// The users of the cache, sorted by reading (name_kana) and then by name as Japanese
// collation orders it; those without a reading come last. sort() orders by another column in
// SQL (ties by name as above).
class UserTableModel : public CacheTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Login, Email, Status, Roles, Mfa, LastSignIn, Created, Count };
    static constexpr int kIdRole = Qt::UserRole + 1; // the user's id

    using CacheTableModel::CacheTableModel;

    // Shows only the users whose name, reading, sign-in ID or e-mail contain `text` (folded:
    // width, kana and case do not matter). Call reload() afterwards.
    void setSearch(const QString &text) { m_search = text; }
    // Shows only users with one of these statuses (wire values: "active", "locked", …); empty:
    // all. Call reload() afterwards.
    void setStatusFilter(const QStringList &statuses) { m_statuses = statuses; }

    // Reorders (a reset): by name as described above, or by the column's values.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QByteArray rowSql() const override;
    QVariant cell(const Row &row, int column, int role) const override;
    void completeRows(QHash<qint64, Row> &rows) const override;

private:
    std::optional<QList<qint64>> orderByName(cache::Statement &statement) const;

    QString m_search;
    QStringList m_statuses;
    Column m_sortColumn = Column::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator{QLocale(QLocale::Japanese, QLocale::Japan)};
};

} // namespace kanri::itemmodels
