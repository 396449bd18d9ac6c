#pragma once

#include "accounts/userquery.h"
#include "itemmodels/cachetablemodel.h"

namespace kanri::accounts {

// The users page's table: the users of a UserQueryResult, in its order, their rows read from
// the cache in blocks as the view asks for them (fast at 100,000 users).
class UserListModel : public itemmodels::CacheTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Reading, Login, Email, Status, Roles, Mfa, LastSignIn, Created, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;     // the user's id
    static constexpr int kStatusRole = Qt::UserRole + 2; // the wire status: "active", …

    using CacheTableModel::CacheTableModel;

    // Shows these rowids, in this order.
    void showResult(const UserQueryResult &result);
    qint64 total() const { return m_total; }
    // The sort key of a column.
    static UserQuery::SortKey sortKey(Column column);

protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QByteArray rowSql() const override;
    QVariant cell(const Row &row, int column, int role) const override;
    void completeRows(QHash<qint64, Row> &rows) const override;

private:
    QList<qint64> m_next;
    qint64 m_total = 0;
};

// The translated name of a user's status ("active" → "有効").
QString userStatusText(const QString &status);

} // namespace kanri::accounts
