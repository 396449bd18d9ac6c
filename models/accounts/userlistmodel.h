#pragma once

#include "accounts/userquery.h"
#include "itemmodels/usertablemodel.h"

namespace kanri::accounts {

// The users page's table: UserTableModel's rows and cells with the reading as a column of
// its own, in the order of a UserQueryResult (worked out on the search thread); rows are read
// from the cache in blocks as the view asks for them.
class UserListModel : public itemmodels::UserTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Reading, Login, Email, Status, Roles, Mfa, LastSignIn, Created, Count };
    static constexpr int kStatusRole = Qt::UserRole + 2; // the wire status: "active", …

    using UserTableModel::UserTableModel;

    // Shows these rowids, in this order.
    void showResult(const UserQueryResult &result);
    qint64 total() const { return m_total; }
    static UserQuery::SortKey sortKey(Column column);

protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QVariant cell(const Row &row, int column, int role) const override;
    void completeRows(QHash<qint64, Row> &rows) const override;

private:
    QList<qint64> m_next;
    qint64 m_total = 0;
};

} // namespace kanri::accounts
