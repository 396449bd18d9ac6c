#pragma once

#include "itemmodels/cachetablemodel.h"

#include <QCollator>
#include <QLocale>
#include <QHash>

namespace kanri::itemmodels {

// The users of the cache, sorted by reading (name_kana) and then by name as Japanese
// collation orders it; those without a reading come last. Filters and other orders are the
// users page's (accounts::UserQuery, shown through accounts::UserListModel).
class UserTableModel : public CacheTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Login, Email, Status, Roles, Mfa, LastSignIn, Created, Count };
    static constexpr int kIdRole = Qt::UserRole + 1; // the user's id

    using CacheTableModel::CacheTableModel;

protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QByteArray rowSql() const override;
    QVariant cell(const Row &row, int column, int role) const override;
    void completeRows(QHash<qint64, Row> &rows) const override;

private:
    std::optional<QList<qint64>> orderByName(cache::Statement &statement) const;

    QCollator m_collator{QLocale(QLocale::Japanese, QLocale::Japan)};
};

} // namespace kanri::itemmodels
