#include "api/tenantroutes.h"

#include "core/api.h"

#include "domain/tenant.h"

#include <QTimeZone>

namespace kanri::server {

namespace {

std::optional<domain::Tenant> loadTenant(QSqlDatabase db, qint64 tenantPk)
{
    QSqlQuery q = runQuery(
        db,
        QStringLiteral("SELECT id, slug, name, time_zone, opt_mfa, opt_log_export, opt_sso, "
                       "pw_min_length, pw_require_letter, pw_require_digit, lockout_max_attempts, "
                       "lockout_seconds, log_retention_days, price_base, price_per_million, "
                       "export_auto_approve, contract_status, contract_started_on, "
                       "contract_ends_on, updated_at, row_seq FROM tenants WHERE pk = ?"),
        {tenantPk});
    if (!q.next())
        return std::nullopt;
    domain::Tenant t;
    t.id = q.value(0).toString();
    t.slug = q.value(1).toString();
    t.name = q.value(2).toString();
    t.timeZone = q.value(3).toString();
    t.options = {q.value(4).toBool(), q.value(5).toBool(), q.value(6).toBool()};
    t.passwordPolicy = {q.value(7).toInt(), q.value(8).toBool(), q.value(9).toBool()};
    t.lockout = {q.value(10).toInt(), q.value(11).toInt()};
    t.logRetentionDays = q.value(12).toInt();
    t.logExportPricing = {domain::Currency::Jpy, q.value(13).toLongLong(),
                          q.value(14).toLongLong()};
    t.logExportAutoApprove = q.value(15).toBool();
    t.contract.status = domain::fromWire<domain::ContractStatus>(q.value(16).toString())
                            .value_or(domain::ContractStatus::Active);
    t.contract.startedOn = domain::parseDate(q.value(17).toString()).value_or(QDate());
    if (!q.value(18).isNull())
        t.contract.endsOn = domain::parseDate(q.value(18).toString());
    t.updatedAt = fromMs(q.value(19).toLongLong());
    t.etag = etagFor(q.value(20).toLongLong());
    return t;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

Response getTenant(Call &call)
{
    const auto tenant = loadTenant(call.db(), call.principal.tenantPk);
    if (!tenant)
        return storageFailure();
    return jsonWithEtag(tenant->toJson(), tenant->etag);
}

// PATCH /tenant (contract administrator): name, time zone, password policy. A new policy
// applies to passwords set from now on; existing passwords stay valid.
Response updateTenant(Call &call)
{
    if (!call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator may change the tenant's settings."));
    QSqlDatabase db = call.db();
    const auto tenant = loadTenant(db, call.principal.tenantPk);
    if (!tenant)
        return storageFailure();
    const auto body = call.body<domain::TenantUpdate>();
    if (!body)
        return invalidBody(body.error());
    if (!body->name && !body->timeZone && !body->passwordPolicy)
        return validationError(
            QString(), QStringLiteral("give at least one of name, time_zone, password_policy"));
    if (body->name && (body->name->trimmed().isEmpty() || body->name->size() > 200))
        return validationError(QStringLiteral("name"),
                               QStringLiteral("must be 1 to 200 characters, not only spaces"));
    if (body->timeZone &&
        (body->timeZone->size() > 64 || !QTimeZone(body->timeZone->toLatin1()).isValid()))
        return validationError(
            QStringLiteral("time_zone"),
            QStringLiteral("not a time zone this service knows (an IANA name such as Asia/Tokyo)"));
    if (auto stale = checkIfMatch(call.request, tenant->etag, tenant->toJson()))
        return *stale;

    domain::Tenant changed = *tenant;
    QStringList fields;
    if (body->name && *body->name != tenant->name) {
        changed.name = *body->name;
        fields << QStringLiteral("name");
    }
    if (body->timeZone && *body->timeZone != tenant->timeZone) {
        changed.timeZone = *body->timeZone;
        fields << QStringLiteral("time_zone %1").arg(changed.timeZone);
    }
    if (body->passwordPolicy && *body->passwordPolicy != tenant->passwordPolicy) {
        changed.passwordPolicy = *body->passwordPolicy;
        fields << QStringLiteral(
                      "password_policy min_length %1, require_letter %2, require_digit %3")
                      .arg(changed.passwordPolicy.minLength)
                      .arg(yesNo(changed.passwordPolicy.requireLetter),
                           yesNo(changed.passwordPolicy.requireDigit));
    }
    if (fields.isEmpty())
        return jsonWithEtag(tenant->toJson(), tenant->etag);

    const qint64 seq = nextSeq(db, call.principal.tenantPk);
    QSqlQuery q(db);
    if (seq < 0 ||
        !run(q,
             QStringLiteral("UPDATE tenants SET name = ?, time_zone = ?, pw_min_length = ?, "
                            "pw_require_letter = ?, "
                            "pw_require_digit = ?, row_seq = ?, updated_at = ? WHERE pk = ?"),
             {changed.name, changed.timeZone, changed.passwordPolicy.minLength,
              changed.passwordPolicy.requireLetter, changed.passwordPolicy.requireDigit, seq,
              call.now, call.principal.tenantPk}))
        return storageFailure();
    call.audit(QStringLiteral("tenant.update"), tenant->id,
               QStringLiteral("changed: %1").arg(fields.join(u"; ")));
    const auto saved = loadTenant(db, call.principal.tenantPk);
    if (!saved)
        return storageFailure();
    return jsonWithEtag(saved->toJson(), saved->etag);
}

} // namespace

void addTenantRoutes(Api &api)
{
    api.route(Method::Get, QStringLiteral("/tenant"), Api::Access::Admin, getTenant);
    api.route(Method::Patch, QStringLiteral("/tenant"), Api::Access::Admin, updateTenant);
}

} // namespace kanri::server
