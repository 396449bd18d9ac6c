#include "role.h"

namespace kanri::domain {

namespace {
Decoded<Scope> decodeScope(const QJsonValue &json, const QString &path, bool request)
{
    JsonReader r(json, path);
    Scope s;
    s.type = r.enumeration<ScopeType>(u"type");
    s.id = r.optString(u"id");
    if (r.ok() && s.type == ScopeType::Tenant && s.id)
        r.fail(u"id", QStringLiteral("must be null for a tenant scope"));
    if (r.ok() && s.type != ScopeType::Tenant && !s.id)
        r.fail(u"id", QStringLiteral("required for a folder or project scope"));
    if (request)
        r.rejectUnknownKeys();
    return r.finish(std::move(s));
}

QJsonObject stringMapJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

Decoded<Role> Role::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    Role role;
    role.id = r.string(u"id");
    role.name = r.string(u"name");
    role.displayNames = r.stringMap(u"display_names");
    role.description = r.string(u"description");
    role.scopeKind = r.enumeration<ScopeKind>(u"scope_kind");
    role.adminLevel = r.enumeration<AdminLevel>(u"admin_level");
    role.operations = r.enumList<Operation>(u"operations");
    role.assignableOperations = r.enumList<Operation>(u"assignable_operations");
    return r.finish(std::move(role));
}

QJsonObject Role::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("display_names"), stringMapJson(displayNames)},
            {QStringLiteral("description"), description},
            {QStringLiteral("scope_kind"), toWire(scopeKind)},
            {QStringLiteral("admin_level"), toWire(adminLevel)},
            {QStringLiteral("operations"), enumArray(operations)},
            {QStringLiteral("assignable_operations"), enumArray(assignableOperations)}};
}

Decoded<Scope> Scope::fromJson(const QJsonValue &json, const QString &path)
{
    return decodeScope(json, path, false);
}

Decoded<Scope> Scope::fromRequestJson(const QJsonValue &json, const QString &path)
{
    return decodeScope(json, path, true);
}

QJsonObject Scope::toJson() const
{
    return {{QStringLiteral("type"), toWire(type)}, {QStringLiteral("id"), nullable(id)}};
}

Decoded<RoleAssignment> RoleAssignment::fromJson(const QJsonValue &json, const QString &path)
{
    JsonReader r(json, path);
    RoleAssignment a;
    a.id = r.string(u"id");
    a.userId = r.string(u"user_id");
    a.roleId = r.string(u"role_id");
    a.scope = r.object<Scope>(u"scope");
    a.operations = r.enumList<Operation>(u"operations");
    a.createdAt = r.dateTime(u"created_at");
    a.updatedAt = r.dateTime(u"updated_at");
    a.etag = r.string(u"etag");
    return r.finish(std::move(a));
}

QJsonObject RoleAssignment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("role_id"), roleId},
            {QStringLiteral("scope"), scope.toJson()},
            {QStringLiteral("operations"), enumArray(operations)},
            {QStringLiteral("created_at"), formatDateTime(createdAt)},
            {QStringLiteral("updated_at"), formatDateTime(updatedAt)},
            {QStringLiteral("etag"), etag}};
}

Decoded<RoleAssignmentCreate> RoleAssignmentCreate::fromJson(const QJsonValue &json,
                                                             const QString &path)
{
    JsonReader r(json, path);
    RoleAssignmentCreate c;
    c.userId = r.string(u"user_id");
    c.roleId = r.string(u"role_id");
    c.scope = r.requestObject<Scope>(u"scope");
    c.operations = r.optEnumList<Operation>(u"operations");
    r.rejectUnknownKeys();
    return r.finish(std::move(c));
}

QJsonObject RoleAssignmentCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("user_id"), userId},
                  {QStringLiteral("role_id"), roleId},
                  {QStringLiteral("scope"), scope.toJson()}};
    if (operations)
        o.insert(QStringLiteral("operations"), enumArray(*operations));
    return o;
}

Decoded<RoleAssignmentUpdate> RoleAssignmentUpdate::fromJson(const QJsonValue &json,
                                                             const QString &path)
{
    JsonReader r(json, path);
    RoleAssignmentUpdate u;
    u.operations = r.enumList<Operation>(u"operations");
    r.rejectUnknownKeys();
    return r.finish(std::move(u));
}

QJsonObject RoleAssignmentUpdate::toJson() const
{
    return {{QStringLiteral("operations"), enumArray(operations)}};
}

} // namespace kanri::domain
