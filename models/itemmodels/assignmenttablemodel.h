#pragma once

#include "itemmodels/cachetablemodel.h"

namespace kanri::itemmodels {

// Role assignments of the cache with the names of their user, role and scope; ordered by the
// user's reading and name, then role.
class AssignmentTableModel : public CacheTableModel
{
    Q_OBJECT
public:
    enum class Column { User, Role, Scope, Operations, Updated, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;     // the assignment's id
    static constexpr int kUserIdRole = Qt::UserRole + 2;

    using CacheTableModel::CacheTableModel;

    // Only the assignments of one user (empty: all). Call reload() afterwards.
    void setUserFilter(const QString &userId) { m_userId = userId; }


protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QByteArray rowSql() const override;
    QVariant cell(const Row &row, int column, int role) const override;
    void completeRows(QHash<qint64, Row> &rows) const override;

private:
    QString m_userId;
};

} // namespace kanri::itemmodels
