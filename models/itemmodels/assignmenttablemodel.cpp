#include "itemmodels/assignmenttablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kanri::itemmodels {

namespace {

enum AssignmentField { AId, AUserId, AUserName, ARoleId, AScopeType, AScopeName, AJson, AUpdated, ARoleName };

QString scopeText(const QString &type, const QVariant &name)
{
    if (type == QLatin1String("tenant"))
        return AssignmentTableModel::tr("Whole tenant");
    if (type == QLatin1String("folder"))
        return AssignmentTableModel::tr("Folder: %1").arg(name.toString());
    return AssignmentTableModel::tr("Project: %1").arg(name.toString());
}

} // namespace

QStringList AssignmentTableModel::headers() const
{
    return {tr("User"), tr("Role"), tr("Scope"), tr("Operations"), tr("Changed")};
}

std::optional<QList<qint64>> AssignmentTableModel::loadOrder(cache::Database &db)
{
    const QByteArray sql = QByteArray("SELECT a.rowid FROM role_assignments a LEFT JOIN users u ON u.id = a.user_id ")
                           + (m_userId.isEmpty() ? "" : "WHERE a.user_id = ?1 ")
                           + "ORDER BY coalesce(u.sort_kana, '') = '', u.sort_kana, u.name, a.role_id, a.scope_id";
    cache::Statement s(db, sql.constData());
    if (!m_userId.isEmpty())
        s.bind(1, m_userId);
    QList<qint64> ids;
    while (s.next())
        ids.append(s.int64(0));
    if (s.failed())
        return std::nullopt;
    return ids;
}

QByteArray AssignmentTableModel::rowSql() const
{
    return "SELECT a.rowid, a.id, a.user_id, u.name, a.role_id, a.scope_type, coalesce(f.name, p.name), "
           "a.json, a.updated_at FROM role_assignments a "
           "LEFT JOIN users u ON u.id = a.user_id "
           "LEFT JOIN folders f ON a.scope_type = 'folder' AND f.id = a.scope_id "
           "LEFT JOIN projects p ON a.scope_type = 'project' AND p.id = a.scope_id "
           "WHERE a.rowid IN (%1)";
}

void AssignmentTableModel::completeRows(QHash<qint64, Row> &rows) const
{
    const QHash<QString, QString> &names = roleDisplayNames();
    for (Row &row : rows)
        row.append(names.value(row.at(ARoleId).toString(), row.at(ARoleId).toString()));
}

QVariant AssignmentTableModel::cell(const Row &row, int column, int role) const
{
    if (role == kIdRole)
        return row.at(AId);
    if (role == kUserIdRole)
        return row.at(AUserId);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(column)) {
    case Column::User:
        return row.at(AUserName).isNull() ? row.at(AUserId) : row.at(AUserName);
    case Column::Role:
        return row.value(ARoleName);
    case Column::Scope:
        return scopeText(row.at(AScopeType).toString(), row.at(AScopeName));
    case Column::Operations: {
        QStringList operations;
        const QJsonObject json = QJsonDocument::fromJson(row.at(AJson).toString().toUtf8()).object();
        for (const QJsonValue &op : json.value(QStringLiteral("operations")).toArray())
            operations << op.toString();
        return operations.join(QStringLiteral(", "));
    }
    case Column::Updated:
        return timeText(row.at(AUpdated));
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kanri::itemmodels
