#include "cli/vendorcommands.h"

#include "auth/password.h"
#include "cli/exportcommands.h"
#include "auth/tokens.h"
#include "core/logs.h"
#include "core/storeutil.h"
#include "store/database.h"

#include "domain/json.h"
#include "domain/notice.h"
#include "domain/passwordrule.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace kanri::server {

namespace {

struct Command
{
    QString name;        // "tenant create"
    QString description;
    QList<QCommandLineOption> options;
    std::function<int(const QCommandLineParser &, Database &, QTextStream &, QTextStream &)> run;
};

QCommandLineOption opt(const QString &name, const QString &help, const QString &value = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help) : QCommandLineOption(name, help, value);
}

void vendorAudit(QSqlDatabase db, qint64 tenantPk, const QString &action, const QString &target,
                 const QString &details = {})
{
    writeOperation(db, Operation{tenantPk, 0, QStringLiteral("vendor"), action, target, QStringLiteral("ok"),
                                 details, QString(), QString()});
}

qint64 tenantBySlug(QSqlDatabase db, const QString &slug)
{
    QSqlQuery q = runQuery(db, QStringLiteral("SELECT pk FROM tenants WHERE slug = ?"), {slug});
    return q.next() ? q.value(0).toLongLong() : 0;
}

int tenantCreate(const QCommandLineParser &p, Database &database, QTextStream &out, QTextStream &err)
{
    const QString slug = p.value(QStringLiteral("slug"));
    const QString name = p.value(QStringLiteral("name"));
    const QString zone = p.value(QStringLiteral("time-zone")).isEmpty() ? QStringLiteral("Asia/Tokyo")
                                                                          : p.value(QStringLiteral("time-zone"));
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!slugPattern.match(slug).hasMatch()) {
        err << "tenant create: --slug must be 2-63 lower-case letters, digits or '-'\n";
        return 2;
    }
    if (name.trimmed().isEmpty()) {
        err << "tenant create: --name is required\n";
        return 2;
    }
    if (!QTimeZone(zone.toLatin1()).isValid()) {
        err << "tenant create: unknown time zone '" << zone << "' (use an IANA name such as Asia/Tokyo)\n";
        return 2;
    }
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (tenantBySlug(db, slug)) {
        err << "tenant create: a tenant '" << slug << "' exists already\n";
        return 1;
    }
    const qint64 now = nowMs();
    const QString id = auth::newId(u"t");
    QSqlQuery q(db);
    const bool ok = run(q, QStringLiteral("INSERT INTO tenants (id, slug, name, time_zone, opt_mfa, opt_log_export, "
                                          "export_auto_approve, contract_started_on, created_at, updated_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {id, slug, name.trimmed(), zone, p.isSet(QStringLiteral("mfa")),
                         p.isSet(QStringLiteral("log-export")), p.isSet(QStringLiteral("auto-approve")),
                         QDate::currentDate().toString(Qt::ISODate), now, now});
    if (!ok) {
        err << "tenant create: the database refused the tenant\n";
        return 1;
    }
    vendorAudit(db, q.lastInsertId().toLongLong(), QStringLiteral("tenant.create"), id, slug);
    if (!tx.commit()) {
        err << "tenant create: could not save\n";
        return 1;
    }
    out << "created tenant " << slug << " (" << id << ")\n";
    return 0;
}

int tenantList(const QCommandLineParser &, Database &database, QTextStream &out, QTextStream &)
{
    QSqlQuery q = runQuery(database.connection(),
                           QStringLiteral("SELECT t.slug, t.id, t.name, t.time_zone, t.opt_mfa, t.opt_log_export, "
                                          "(SELECT count(*) FROM users u WHERE u.tenant_pk = t.pk AND u.deleted_at IS NULL) "
                                          "FROM tenants t ORDER BY t.slug"));
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("SLUG"), -12)
               .arg(QStringLiteral("ID"), -20)
               .arg(QStringLiteral("USERS"), 7)
               .arg(QStringLiteral("OPTIONS"), -16)
               .arg(QStringLiteral("NAME"));
    while (q.next()) {
        QStringList options;
        if (q.value(4).toBool())
            options << QStringLiteral("mfa");
        if (q.value(5).toBool())
            options << QStringLiteral("log-export");
        out << QStringLiteral("%1  %2  %3  %4  %5 (%6)\n")
                   .arg(q.value(0).toString(), -12)
                   .arg(q.value(1).toString(), -20)
                   .arg(q.value(6).toLongLong(), 7)
                   .arg(options.join(QLatin1Char(',')), -16)
                   .arg(q.value(2).toString(), q.value(3).toString());
    }
    return 0;
}

// Changes what a tenant has bought: the log export option, its automatic approval, and its
// pricing. Only what is given changes.
int tenantUpdate(const QCommandLineParser &p, Database &database, QTextStream &out, QTextStream &err)
{
    QSqlDatabase db = database.connection();
    const qint64 tenantPk = tenantBySlug(db, p.value(QStringLiteral("slug")));
    if (!tenantPk) {
        err << "tenant update: no tenant '" << p.value(QStringLiteral("slug")) << "' (see: tenant list)\n";
        return 1;
    }
    QStringList sets;
    QVariantList values;
    QStringList changes;
    for (const auto &[option, column] : {std::pair{QStringLiteral("log-export"), QStringLiteral("opt_log_export")},
                                         std::pair{QStringLiteral("auto-approve"), QStringLiteral("export_auto_approve")}}) {
        if (!p.isSet(option))
            continue;
        const QString value = p.value(option);
        if (value != QLatin1StringView("on") && value != QLatin1StringView("off")) {
            err << "tenant update: --" << option << " expects on or off\n";
            return 2;
        }
        sets << column + QStringLiteral(" = ?");
        values << (value == QLatin1StringView("on"));
        changes << option + QLatin1Char('=') + value;
    }
    for (const auto &[option, column] : {std::pair{QStringLiteral("price-base"), QStringLiteral("price_base")},
                                         std::pair{QStringLiteral("price-per-million"), QStringLiteral("price_per_million")}}) {
        if (!p.isSet(option))
            continue;
        bool ok = false;
        const qint64 yen = p.value(option).toLongLong(&ok);
        if (!ok || yen < 0 || yen > 1'000'000'000) {
            err << "tenant update: --" << option << " expects an amount of yen from 0 to 1000000000\n";
            return 2;
        }
        sets << column + QStringLiteral(" = ?");
        values << yen;
        changes << option + QLatin1Char('=') + QString::number(yen);
    }
    if (sets.isEmpty()) {
        err << "tenant update: nothing to change (give --log-export, --auto-approve, --price-base or "
               "--price-per-million)\n";
        return 2;
    }
    Transaction tx(db);
    QSqlQuery q(db);
    values << nextSeq(db, tenantPk) << nowMs() << tenantPk;
    const bool ok = run(q, QStringLiteral("UPDATE tenants SET %1, row_seq = ?, updated_at = ? WHERE pk = ?")
                               .arg(sets.join(QStringLiteral(", "))),
                        values);
    QSqlQuery id = runQuery(db, QStringLiteral("SELECT id FROM tenants WHERE pk = ?"), {tenantPk});
    vendorAudit(db, tenantPk, QStringLiteral("tenant.update"), id.next() ? id.value(0).toString() : QString(),
                changes.join(QStringLiteral(", ")));
    if (!ok || !tx.commit()) {
        err << "tenant update: could not save\n";
        return 1;
    }
    out << "updated tenant " << p.value(QStringLiteral("slug")) << ": " << changes.join(QStringLiteral(", ")) << "\n";
    return 0;
}

// Issues a tenant's contract administrator, as the vendor does (seed §3.2.1).
int userCreate(const QCommandLineParser &p, Database &database, QTextStream &out, QTextStream &err)
{
    const QString login = p.value(QStringLiteral("login")).trimmed();
    const QString name = p.value(QStringLiteral("name")).trimmed();
    const QString email = p.value(QStringLiteral("email")).isEmpty() ? login : p.value(QStringLiteral("email"));
    static const QRegularExpression loginPattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    if (!loginPattern.match(login).hasMatch() || name.isEmpty()) {
        err << "user create: --login (visible ASCII, up to 128 characters) and --name are required\n";
        return 2;
    }
    QSqlDatabase db = database.connection();
    const qint64 tenantPk = tenantBySlug(db, p.value(QStringLiteral("tenant")));
    if (!tenantPk) {
        err << "user create: no tenant '" << p.value(QStringLiteral("tenant")) << "' (see: tenant list)\n";
        return 1;
    }
    QSqlQuery policyRow = runQuery(db, QStringLiteral("SELECT pw_min_length, pw_require_letter, pw_require_digit "
                                                      "FROM tenants WHERE pk = ?"),
                                   {tenantPk});
    policyRow.next();
    domain::PasswordPolicy policy{static_cast<int>(policyRow.value(0).toLongLong()), policyRow.value(1).toBool(),
                                  policyRow.value(2).toBool()};
    QString password;
    bool generated = false;
    if (p.isSet(QStringLiteral("password-file"))) {
        QFile file(p.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "user create: cannot read " << file.fileName() << "\n";
            return 1;
        }
        password = QString::fromUtf8(file.readLine()).trimmed();
    } else {
        // Letters and digits from the same random source as tokens, made to satisfy the policy.
        password = auth::newOpaqueToken().remove(QLatin1Char('-')).remove(QLatin1Char('_')).left(14)
                   + QStringLiteral("a7");
        generated = true;
    }
    const auto violations = domain::checkPassword(password, policy);
    if (!violations.isEmpty()) {
        err << "user create: the password " << auth::describe(violations.first(), policy) << "\n";
        return 1;
    }
    Transaction tx(db);
    QSqlQuery exists = runQuery(db, QStringLiteral("SELECT 1 FROM users WHERE login_key = ?"), {login.toLower()});
    if (exists.next()) {
        err << "user create: the login '" << login << "' is taken\n";
        return 1;
    }
    const qint64 now = nowMs();
    const QString id = auth::newId(u"u");
    QSqlQuery q(db);
    bool ok = run(q, QStringLiteral("INSERT INTO users (id, tenant_pk, login, login_key, name, email, status, "
                                    "password_hash, created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)"),
                  {id, tenantPk, login, login.toLower(), name, email, auth::hashPassword(password), now, now,
                   nextSeq(db, tenantPk)});
    const qint64 userPk = q.lastInsertId().toLongLong();
    ok = ok && run(q, QStringLiteral("INSERT INTO role_assignments (id, tenant_pk, user_pk, role_id, scope_type, "
                                     "created_at, updated_at, seq) VALUES (?, ?, ?, 'contract_admin', 'tenant', ?, ?, ?)"),
                   {auth::newId(u"ra"), tenantPk, userPk, now, now, nextSeq(db, tenantPk)});
    vendorAudit(db, tenantPk, QStringLiteral("user.create"), id, QStringLiteral("contract administrator issued"));
    if (!ok || !tx.commit()) {
        err << "user create: could not save\n";
        return 1;
    }
    out << "created contract administrator " << login << " (" << id << ")\n";
    if (generated)
        out << "temporary password: " << password << "\n";
    return 0;
}

std::optional<qint64> timeOption(const QCommandLineParser &p, const QString &name, QTextStream &err, bool *ok)
{
    if (!p.isSet(name))
        return std::nullopt;
    const auto t = domain::parseDateTime(p.value(name));
    if (!t) {
        err << "notice publish: --" << name << " expects an RFC 3339 time such as 2026-12-04T01:00:00+09:00\n";
        *ok = false;
        return std::nullopt;
    }
    return t->toMSecsSinceEpoch();
}

int noticePublish(const QCommandLineParser &p, Database &database, QTextStream &out, QTextStream &err)
{
    const auto kind = domain::fromWire<domain::NoticeKind>(p.value(QStringLiteral("kind")));
    if (!kind) {
        err << "notice publish: --kind must be one of " << domain::wireNames<domain::NoticeKind>().join(QStringLiteral(", "))
            << "\n";
        return 2;
    }
    const QString title = p.value(QStringLiteral("title")).trimmed();
    QString body = p.value(QStringLiteral("body"));
    if (p.isSet(QStringLiteral("body-file"))) {
        QFile file(p.value(QStringLiteral("body-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "notice publish: cannot read " << file.fileName() << "\n";
            return 1;
        }
        body = QString::fromUtf8(file.readAll());
    }
    if (title.isEmpty() || body.trimmed().isEmpty()) {
        err << "notice publish: --title and --body (or --body-file) are required\n";
        return 2;
    }
    bool ok = true;
    const auto starts = timeOption(p, QStringLiteral("starts-at"), err, &ok);
    const auto ends = timeOption(p, QStringLiteral("ends-at"), err, &ok);
    if (!ok)
        return 2;
    if (*kind == domain::NoticeKind::Maintenance && (!starts || !ends || *ends <= *starts)) {
        err << "notice publish: a maintenance notice needs --starts-at and a later --ends-at\n";
        return 2;
    }
    std::optional<domain::IncidentStatus> status;
    if (p.isSet(QStringLiteral("incident-status"))) {
        status = domain::fromWire<domain::IncidentStatus>(p.value(QStringLiteral("incident-status")));
        if (!status) {
            err << "notice publish: --incident-status must be one of "
                << domain::wireNames<domain::IncidentStatus>().join(QStringLiteral(", ")) << "\n";
            return 2;
        }
    } else if (*kind == domain::NoticeKind::Incident) {
        status = domain::IncidentStatus::Investigating;
    }
    QSqlDatabase db = database.connection();
    QList<qint64> tenants;
    if (p.isSet(QStringLiteral("all"))) {
        QSqlQuery q = runQuery(db, QStringLiteral("SELECT pk FROM tenants"));
        while (q.next())
            tenants.append(q.value(0).toLongLong());
    } else if (const qint64 pk = tenantBySlug(db, p.value(QStringLiteral("tenant")))) {
        tenants.append(pk);
    } else {
        err << "notice publish: give --all or --tenant SLUG of an existing tenant\n";
        return 2;
    }
    const qint64 now = nowMs();
    const QVariant null(QMetaType::fromType<qint64>());
    Transaction tx(db);
    QSqlQuery q(db);
    for (qint64 tenantPk : tenants) {
        const QString id = auth::newId(u"n");
        ok = ok && run(q, QStringLiteral("INSERT INTO notices (id, tenant_pk, kind, title, body, published_at, starts_at, "
                                         "ends_at, incident_status, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {id, tenantPk, domain::toWire(*kind), title, body, now, starts ? QVariant(*starts) : null,
                        ends ? QVariant(*ends) : null,
                        status ? QVariant(domain::toWire(*status)) : QVariant(QMetaType::fromType<QString>()), now,
                        nextSeq(db, tenantPk)});
        vendorAudit(db, tenantPk, QStringLiteral("notice.publish"), id, title);
    }
    if (!ok || !tx.commit()) {
        err << "notice publish: could not save\n";
        return 1;
    }
    out << "published notice to " << tenants.size() << " tenant(s)\n";
    return 0;
}

QList<Command> commands()
{
    return {
        {QStringLiteral("tenant create"), QStringLiteral("Create a tenant (a customer contract)."),
         {opt(QStringLiteral("slug"), QStringLiteral("Short name, e.g. acme."), QStringLiteral("SLUG")),
          opt(QStringLiteral("name"), QStringLiteral("Company name."), QStringLiteral("NAME")),
          opt(QStringLiteral("time-zone"), QStringLiteral("IANA time zone (default Asia/Tokyo)."), QStringLiteral("TZ")),
          opt(QStringLiteral("mfa"), QStringLiteral("The MFA option is bought.")),
          opt(QStringLiteral("log-export"), QStringLiteral("The log export option is bought.")),
          opt(QStringLiteral("auto-approve"), QStringLiteral("Approve log export requests automatically."))},
         tenantCreate},
        {QStringLiteral("tenant list"), QStringLiteral("List the tenants."), {}, tenantList},
        {QStringLiteral("tenant update"), QStringLiteral("Change a tenant's log export option and pricing."),
         {opt(QStringLiteral("slug"), QStringLiteral("The tenant."), QStringLiteral("SLUG")),
          opt(QStringLiteral("log-export"), QStringLiteral("The log export option: on or off."), QStringLiteral("on|off")),
          opt(QStringLiteral("auto-approve"), QStringLiteral("Approve log export requests automatically: on or off."),
              QStringLiteral("on|off")),
          opt(QStringLiteral("price-base"), QStringLiteral("Base fee of a log export (JPY)."), QStringLiteral("YEN")),
          opt(QStringLiteral("price-per-million"), QStringLiteral("Fee per started million rows (JPY)."),
              QStringLiteral("YEN"))},
         tenantUpdate},
        {QStringLiteral("user create"), QStringLiteral("Issue a tenant's contract administrator account."),
         {opt(QStringLiteral("tenant"), QStringLiteral("Tenant slug."), QStringLiteral("SLUG")),
          opt(QStringLiteral("login"), QStringLiteral("Sign-in ID."), QStringLiteral("LOGIN")),
          opt(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME")),
          opt(QStringLiteral("email"), QStringLiteral("E-mail (default: the login)."), QStringLiteral("EMAIL")),
          opt(QStringLiteral("password-file"), QStringLiteral("Read the password from FILE (else one is generated)."),
              QStringLiteral("FILE"))},
         userCreate},
        {QStringLiteral("notice publish"), QStringLiteral("Publish a notice (maintenance, incident, change, info)."),
         {opt(QStringLiteral("tenant"), QStringLiteral("Tenant slug."), QStringLiteral("SLUG")),
          opt(QStringLiteral("all"), QStringLiteral("Publish to every tenant.")),
          opt(QStringLiteral("kind"), QStringLiteral("maintenance, incident, change or info."), QStringLiteral("KIND")),
          opt(QStringLiteral("title"), QStringLiteral("Title."), QStringLiteral("TEXT")),
          opt(QStringLiteral("body"), QStringLiteral("Body text."), QStringLiteral("TEXT")),
          opt(QStringLiteral("body-file"), QStringLiteral("Read the body from FILE (UTF-8)."), QStringLiteral("FILE")),
          opt(QStringLiteral("starts-at"), QStringLiteral("Maintenance window start (RFC 3339)."), QStringLiteral("TIME")),
          opt(QStringLiteral("ends-at"), QStringLiteral("Maintenance window end (RFC 3339)."), QStringLiteral("TIME")),
          opt(QStringLiteral("incident-status"), QStringLiteral("investigating, identified, monitoring or resolved."),
              QStringLiteral("STATUS"))},
         noticePublish},
        {QStringLiteral("exports list"), QStringLiteral("List the log export requests of all tenants."),
         {opt(QStringLiteral("tenant"), QStringLiteral("Only this tenant's."), QStringLiteral("SLUG")),
          opt(QStringLiteral("state"), QStringLiteral("Only exports in this state (e.g. requested)."),
              QStringLiteral("STATE"))},
         exportsList},
        {QStringLiteral("exports approve"), QStringLiteral("Approve a requested log export: kanri-service exports "
                                                           "approve ID --data-dir DIR."),
         {},
         exportsApprove},
        {QStringLiteral("exports reject"), QStringLiteral("Reject a requested or approved log export."),
         {opt(QStringLiteral("reason"), QStringLiteral("Why (the customer sees it)."), QStringLiteral("TEXT"))},
         exportsReject},
    };
}

} // namespace

bool runVendorCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode)
{
    if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-')))
        return false;
    const QString name = arguments.at(0) + QLatin1Char(' ') + arguments.at(1);
    const QList<Command> all = commands();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Command &c) { return c.name == name; });
    if (it == all.end()) {
        if (arguments.at(0) != QLatin1StringView("tenant") && arguments.at(0) != QLatin1StringView("user")
            && arguments.at(0) != QLatin1StringView("notice") && arguments.at(0) != QLatin1StringView("exports"))
            return false;
        QStringList known;
        for (const Command &c : all)
            known << c.name;
        err << "kanri-service: unknown command '" << name << "'; commands: " << known.join(QStringLiteral(", ")) << "\n";
        *exitCode = 2;
        return true;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(it->description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("The service's data directory."),
                                     QStringLiteral("DIR"));
    parser.addOption(help);
    parser.addOption(dataDir);
    parser.addOptions(it->options);
    QStringList args = arguments.mid(2);
    args.prepend(QStringLiteral("kanri-service"));
    if (!parser.parse(args)) {
        err << "kanri-service " << name << ": " << parser.errorText() << "\n";
        *exitCode = 2;
        return true;
    }
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        out << "Usage: kanri-service " << name << " --data-dir DIR [options]" << text.mid(text.indexOf(QLatin1Char('\n')));
        *exitCode = 0;
        return true;
    }
    if (parser.value(dataDir).isEmpty() || !QDir(parser.value(dataDir)).exists()) {
        err << "kanri-service " << name << ": --data-dir must name the service's existing data directory\n";
        *exitCode = 2;
        return true;
    }
    QString error;
    auto database = Database::open(QDir(parser.value(dataDir)).filePath(QStringLiteral("kanri.db")), &error);
    if (!database) {
        err << "kanri-service " << name << ": " << error << "\n";
        *exitCode = 1;
        return true;
    }
    *exitCode = it->run(parser, *database, out, err);
    return true;
}

} // namespace kanri::server
