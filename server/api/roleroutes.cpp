#include "api/roleroutes.h"

#include "core/api.h"
#include "rbac/roles.h"

#include <QJsonArray>

namespace kanri::server {

void addRoleRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/roles"), Api::Access::Admin, [](Call &) {
        return Response::json(QJsonObject{{QStringLiteral("items"), domain::toJsonArray(rbac::catalogue())},
                                          {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)}});
    });
}

} // namespace kanri::server
