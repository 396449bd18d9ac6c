#include "api/healthroutes.h"

#include "store/database.h"

#include <kanri/version.h>

#include <QDateTime>

namespace kanri::server {

void addHealthRoutes(Router &router, const Database &database)
{
    router.add(Method::Get, QStringLiteral("/health"), [&database](const Request &) {
        domain::Health health;
        const bool dbOk = database.isHealthy();
        health.status = dbOk ? domain::HealthStatus::Ok : domain::HealthStatus::Degraded;
        health.database = dbOk ? domain::DatabaseStatus::Ok : domain::DatabaseStatus::Unavailable;
        health.version = QString::fromLatin1(kVersion);
        health.time = QDateTime::currentDateTimeUtc();
        return Response::json(health.toJson());
    });
}

} // namespace kanri::server
