// Demo data: the tenants "demo" and "other", built in memory from a seeded random source and
// written in one transaction. Accounts and role assignments are made here; the folder tree,
// projects and files in demoassets.cpp, labels and notices in democontent.cpp, usage events in
// demoevents.cpp.
#include "demo/demodata.h"

#include "auth/password.h"
#include "auth/tokens.h"
#include "core/storeutil.h"
#include "demo/demoseeder.h"
#include "demo/japanesenames.h"
#include "store/database.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>
#include <array>
#include <cmath>

namespace kanri::server::demo {

using namespace detail;

namespace {

const QString kPassword = QStringLiteral("demo1234");
// The whole window of usage events is capped at about this many rows, whatever the number
// of accounts: 100,000 users would otherwise make some 7 million.
constexpr qint64 kMaxEvents = 2'000'000;

constexpr NamedUser kDemoNamed[] = {
    {u"keiyaku@demo.example", u"契約 太郎", u"ケイヤク タロウ", Role::ContractAdmin, {}, {}},
    {u"kanri@demo.example", u"管理 花子", u"カンリ ハナコ", Role::Admin, u"関東支店", {}},
    {u"ippan@demo.example", u"一般 次郎", u"イッパン ジロウ", Role::General, u"東京営業所",
     u"upload,download"},
    {u"guest@demo.example", u"来客 三郎", u"ライキャク サブロウ", Role::Guest, u"公共測量", {}},
    {u"drone@demo.example", u"空撮 四郎", u"クウサツ シロウ", Role::DroneOperator, u"橋梁点検",
     u"create_project"},
};

constexpr NamedUser kOtherNamed[] = {
    {u"keiyaku@other.example", u"契約 五郎", u"ケイヤク ゴロウ", Role::ContractAdmin, {}, {}},
};

// Operation sets of general users, with their weights: most may upload and download.
struct OperationPreset
{
    QStringView operations;
    int weight;
};
constexpr OperationPreset kGeneralOperations[] = {
    {u"upload,download", 35},
    {u"download", 25},
    {u"upload", 10},
    {u"upload,download,edit", 10},
    {u"upload,download,edit,delete", 5},
    {u"download,share", 5},
    {u"upload,download,create_project", 5},
    {u"upload,download,manage_labels", 3},
    {u"", 2},
};

qint64 msFromIsoDate(const QString &date)
{
    // Midnight JST of that date.
    const QDate d = QDate::fromString(date, Qt::ISODate);
    return jstDayStart(d.toJulianDay() - 2440588);
}

// When a user who has been active lately last signed in: mostly within the last few days,
// on a working day.
qint64 recentLogin(Random &rng, qint64 now)
{
    const qint64 today = jstDay(now);
    const qint64 oldest = today - 89;
    qint64 daysAgo = rng.chance(0.85) ? static_cast<qint64>(-std::log(1.0 - rng.unit()) * 4.0)
                                      : rng.between(0, 89);
    qint64 day = today - std::min<qint64>(daysAgo, 89);
    while (isDayOff(day) && day > oldest && rng.chance(0.8))
        --day;
    qint64 at = officeTime(rng, day);
    while (at > now && day > oldest)
        at = officeTime(rng, --day);
    return std::clamp(at, now - 90 * kDayMs + kMinuteMs, now);
}

QString loginFor(const NamePart &surname, const NamePart &given, qsizetype index, qsizetype count,
                 const QString &domain)
{
    // An ordinal scrambled by a multiplier coprime to the power of ten: unique numbers that
    // do not simply count up.
    qint64 modulus = 10000;
    int digits = 4;
    while (modulus < 2 * count) {
        modulus *= 10;
        ++digits;
    }
    const qint64 number = (static_cast<qint64>(index) * 7919 + 1234) % modulus;
    return QString(given.romaji.front()) + QLatin1Char('.') + QString(surname.romaji) +
           QStringLiteral("%1").arg(number, digits, 10, QLatin1Char('0')) + QLatin1Char('@') +
           domain;
}

void generateUsers(Seeder &seeder, TenantSeed &tenant)
{
    Random &rng = seeder.rng;
    const qint64 now = seeder.now;
    const TenantSpec &spec = tenant.spec;
    tenant.users.reserve(static_cast<std::size_t>(spec.users));
    for (const NamedUser &named : spec.named) {
        UserSeed user;
        user.login = named.login.toString();
        user.name = named.name.toString();
        user.kana = named.kana.toString();
        user.createdAt = tenant.createdAt + static_cast<qint64>(tenant.users.size()) * kHourMs;
        user.updatedAt = user.createdAt;
        user.lastLogin = recentLogin(rng, now);
        tenant.users.push_back(user);
    }
    const qsizetype generated = spec.users - static_cast<qsizetype>(spec.named.size());
    // Ordinary accounts were registered after the contract started and before the window
    // of usage events, so that every sign-in in it comes after the registration.
    const qint64 createdFrom = tenant.createdAt + kDayMs;
    const qint64 createdTo = std::max(createdFrom, now - 91 * kDayMs);
    for (qsizetype i = 0; i < generated; ++i) {
        const NamePart &surname = rng.pick(surnames());
        const NamePart &given = rng.pick(givenNames());
        UserSeed user;
        user.login = loginFor(surname, given, i, generated, spec.mailDomain);
        user.name = surname.kanji + QLatin1Char(' ') + given.kanji;
        if (!rng.chance(0.03))
            user.kana = surname.kana + QLatin1Char(' ') + given.kana;
        // Registered by an administrator at work.
        user.createdAt =
            std::max(createdFrom, officeTime(rng, jstDay(rng.between(createdFrom, createdTo))));
        const double roll = rng.unit();
        if (roll < 0.01) {
            // Registered without a password lately; cannot sign in yet.
            user.status = QStringLiteral("invited");
            user.hasPassword = false;
            user.createdAt = std::max(
                createdFrom, officeTime(rng, jstDay(now - rng.between(2 * kDayMs, 30 * kDayMs))));
        } else if (roll < 0.04) {
            user.status = QStringLiteral("disabled");
            if (!rng.chance(0.4))
                user.lastLogin = now - rng.between(30 * kDayMs, 89 * kDayMs);
        } else if (!rng.chance(0.07)) {
            user.lastLogin = recentLogin(rng, now);
        }
        user.totp = spec.totp && user.hasPassword && rng.chance(0.10);
        user.updatedAt = user.createdAt;
        if (user.status == QLatin1StringView("disabled"))
            user.updatedAt = rng.between(std::max(user.createdAt, user.lastLogin), now - kDayMs);
        tenant.users.push_back(user);
    }
    // A couple of accounts locked out by failed sign-ins a few minutes ago.
    const qsizetype wanted = std::min<qsizetype>(2, generated / 50);
    for (qsizetype locked = 0, tries = 0; locked < wanted && tries < 1000; ++tries) {
        UserSeed &user = tenant.users[static_cast<std::size_t>(
            spec.named.size() + static_cast<std::size_t>(rng.below(generated)))];
        if (user.status != QLatin1StringView("active") || user.lastLogin == 0)
            continue;
        user.status = QStringLiteral("locked");
        const qint64 lockedAt = now - rng.between(2, 8) * kMinuteMs;
        user.lockedUntil = lockedAt + 900'000;
        user.updatedAt = lockedAt;
        ++locked;
    }
}

int folderNamed(const TenantSeed &tenant, QStringView name)
{
    for (std::size_t i = 0; i < tenant.folders.size(); ++i) {
        if (tenant.folders[i].name == name)
            return static_cast<int>(i);
    }
    return -1;
}

// Folder-scoped and tenant-scoped assignments. Project scopes are left open (target -1)
// until the projects exist; see resolveProjectScopes().
void assignRoles(Seeder &seeder, TenantSeed &tenant)
{
    Random &rng = seeder.rng;
    const auto folderCount = static_cast<qsizetype>(tenant.folders.size());
    using Scope = AssignmentSeed::Scope;
    for (std::size_t i = 0; i < tenant.spec.named.size(); ++i) {
        const NamedUser &named = tenant.spec.named[i];
        const bool tenantWide = named.role == Role::ContractAdmin;
        tenant.assignments.push_back({static_cast<int>(i), named.role,
                                      tenantWide ? Scope::Tenant : Scope::Folder,
                                      tenantWide ? -1 : folderNamed(tenant, named.scopeFolder),
                                      named.operations.toString()});
    }
    const auto first = static_cast<int>(tenant.spec.named.size());
    const auto count = static_cast<int>(tenant.users.size());
    std::vector<bool> contractAdmin(tenant.users.size(), false);
    for (int made = 0, tries = 0;
         count > first && made < tenant.spec.extraContractAdmins && tries < 1000; ++tries) {
        const int user = first + rng.below(count - first);
        if (contractAdmin[static_cast<std::size_t>(user)] ||
            tenant.users[static_cast<std::size_t>(user)].status != QLatin1StringView("active"))
            continue;
        contractAdmin[static_cast<std::size_t>(user)] = true;
        tenant.assignments.push_back({user, Role::ContractAdmin, Scope::Tenant, -1, {}});
        ++made;
    }
    static constexpr int kRoleWeights[] = {5, 65, 25, 5}; // admin, general, guest, drone operator
    static const std::array<int, std::size(kGeneralOperations)> kPresetWeights = [] {
        std::array<int, std::size(kGeneralOperations)> w{};
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = kGeneralOperations[i].weight;
        return w;
    }();
    const auto generalOperations = [&] {
        return kGeneralOperations[rng.weighted(kPresetWeights)].operations.toString();
    };
    for (int user = first; user < count; ++user) {
        if (contractAdmin[static_cast<std::size_t>(user)])
            continue;
        AssignmentSeed a{user, Role::General, Scope::Folder, -1, {}};
        switch (rng.weighted(kRoleWeights)) {
        case 0:
            a.role = Role::Admin;
            a.scope = rng.chance(0.8) ? Scope::Folder : Scope::Project;
            break;
        case 1:
            a.scope = rng.chance(0.65) ? Scope::Folder : Scope::Project;
            a.operations = generalOperations();
            break;
        case 2:
            a.role = Role::Guest;
            a.scope = rng.chance(0.5) ? Scope::Folder : Scope::Project;
            break;
        default:
            a.role = Role::DroneOperator;
            a.operations = QStringLiteral("create_project");
            break;
        }
        if (a.scope == Scope::Folder)
            a.target = rng.below(folderCount);
        tenant.assignments.push_back(a);
        if (rng.chance(0.12)) {
            // A second, narrower assignment on one project.
            const bool general = rng.chance(0.6);
            tenant.assignments.push_back({user, general ? Role::General : Role::Guest,
                                          Scope::Project, -1,
                                          general ? generalOperations() : QString()});
        }
    }
}

void resolveProjectScopes(Seeder &seeder, TenantSeed &tenant)
{
    const auto projectCount = static_cast<qsizetype>(tenant.projects.size());
    for (AssignmentSeed &a : tenant.assignments) {
        if (a.scope != AssignmentSeed::Scope::Project)
            continue;
        if (projectCount == 0) {
            a.scope = AssignmentSeed::Scope::Folder;
            a.target = seeder.rng.below(static_cast<qsizetype>(tenant.folders.size()));
        } else {
            a.target = seeder.rng.below(projectCount);
        }
    }
}

bool insertTenant(Seeder &seeder, TenantSeed &tenant)
{
    const TenantSpec &spec = tenant.spec;
    tenant.pk = seeder.nextPk(QStringLiteral("tenants"));
    tenant.id = auth::newId(u"t");
    return seeder.exec(
        QStringLiteral(
            "INSERT INTO tenants (pk, id, slug, name, time_zone, opt_mfa, opt_log_export, "
            "export_auto_approve, price_base, price_per_million, contract_status, "
            "contract_started_on, change_seq, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'Asia/Tokyo', ?, ?, ?, 10000, 5000, 'active', ?, 0, ?, ?)"),
        {tenant.pk, tenant.id, spec.slug, spec.name, spec.options ? 1 : 0, spec.options ? 1 : 0,
         spec.options ? 1 : 0, spec.contractStartedOn, tenant.createdAt, tenant.createdAt});
}

bool insertUsers(Seeder &seeder, TenantSeed &tenant)
{
    BatchInsert users(seeder.db, QStringLiteral("users"),
                      {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                       QStringLiteral("login"), QStringLiteral("login_key"), QStringLiteral("name"),
                       QStringLiteral("name_kana"), QStringLiteral("email"),
                       QStringLiteral("status"), QStringLiteral("password_hash"),
                       QStringLiteral("totp_secret"), QStringLiteral("failed_attempts"),
                       QStringLiteral("locked_until"), QStringLiteral("last_login_at"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at"),
                       QStringLiteral("seq")},
                      48);
    BatchInsert failures(seeder.db, QStringLiteral("login_failures"),
                         {QStringLiteral("login_key"), QStringLiteral("failures"),
                          QStringLiteral("locked_until"), QStringLiteral("updated_at")},
                         1);
    const QVariant hash(seeder.passwordHash);
    const QVariant noBlob(QMetaType::fromType<QByteArray>());
    for (UserSeed &user : tenant.users) {
        user.pk = seeder.nextPk(QStringLiteral("users"));
        const QString key = user.login.toLower();
        // TOTP secrets are real secrets even here: from the system's generator.
        const QVariant totp = user.totp ? QVariant(auth::randomBytes(20)) : noBlob;
        if (!users.add({user.pk, auth::newId(u"u"), tenant.pk, user.login, key, user.name,
                        user.kana.isNull() ? nullText() : QVariant(user.kana), user.login,
                        user.status, user.hasPassword ? hash : nullText(), totp,
                        user.lockedUntil ? 5 : 0, orNull(user.lockedUntil), orNull(user.lastLogin),
                        user.createdAt, user.updatedAt, tenant.nextSeq()}))
            break;
        // The sign-in checks the lockout by login key.
        if (user.lockedUntil && !failures.add({key, 0, user.lockedUntil, user.updatedAt}))
            break;
    }
    if (!users.finish())
        return seeder.fail(users.error());
    if (!failures.finish())
        return seeder.fail(failures.error());
    return true;
}

bool insertAssignments(Seeder &seeder, TenantSeed &tenant)
{
    BatchInsert insert(seeder.db, QStringLiteral("role_assignments"),
                       {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                        QStringLiteral("user_pk"), QStringLiteral("role_id"),
                        QStringLiteral("scope_type"), QStringLiteral("scope_pk"),
                        QStringLiteral("operations"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at"), QStringLiteral("seq")},
                       64);
    using Scope = AssignmentSeed::Scope;
    for (const AssignmentSeed &a : tenant.assignments) {
        const UserSeed &user = tenant.users[static_cast<std::size_t>(a.user)];
        qint64 scopePk = 0;
        qint64 since = user.createdAt;
        QString scopeType = QStringLiteral("tenant");
        if (a.scope == Scope::Folder) {
            const FolderSeed &folder = tenant.folders[static_cast<std::size_t>(a.target)];
            scopeType = QStringLiteral("folder");
            scopePk = folder.pk;
            since = std::max(since, folder.createdAt);
        } else if (a.scope == Scope::Project) {
            const ProjectSeed &project = tenant.projects[static_cast<std::size_t>(a.target)];
            scopeType = QStringLiteral("project");
            scopePk = project.pk;
            since = std::max(since, project.createdAt);
        }
        // Assigned soon after the account (or the folder/project) came to be.
        const qint64 at =
            std::min(seeder.now - kMinuteMs, since + seeder.rng.between(kMinuteMs, 3 * kDayMs));
        if (!insert.add({seeder.nextPk(QStringLiteral("role_assignments")), auth::newId(u"ra"),
                         tenant.pk, user.pk, roleId(a.role), scopeType, orNull(scopePk),
                         notNull(a.operations), at, at, tenant.nextSeq()}))
            break;
    }
    return insert.finish() || seeder.fail(insert.error());
}

bool seedTenant(Seeder &seeder, TenantSeed &tenant, qint64 maxEvents)
{
    const qint64 contractStart = msFromIsoDate(tenant.spec.contractStartedOn);
    // Keep the history plausible for any "now": the tenant is at least 400 days old.
    tenant.createdAt = std::min(contractStart, seeder.now - 400 * kDayMs);
    generateUsers(seeder, tenant);
    buildFolders(seeder, tenant);
    assignRoles(seeder, tenant);
    buildProjects(seeder, tenant);
    resolveProjectScopes(seeder, tenant);
    buildFiles(seeder, tenant);
    return insertTenant(seeder, tenant) && insertUsers(seeder, tenant) &&
           insertAssets(seeder, tenant) && insertAssignments(seeder, tenant) &&
           seedLabels(seeder, tenant) && seedNotices(seeder, tenant) &&
           seedEvents(seeder, tenant, maxEvents) &&
           seeder.exec(QStringLiteral("UPDATE tenants SET change_seq = ? WHERE pk = ?"),
                       {tenant.seq, tenant.pk});
}

// Restores a PRAGMA on the way out, whatever happens.
class PragmaOverride
{
public:
    PragmaOverride(QSqlDatabase db, const QString &name, const QString &value)
        : m_db(std::move(db))
        , m_name(name)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
            m_old = query.value(0).toString();
        query.exec(QStringLiteral("PRAGMA %1=%2").arg(name, value));
    }
    ~PragmaOverride()
    {
        if (m_old.isEmpty())
            return;
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA %1=%2").arg(m_name, m_old));
    }
    PragmaOverride(const PragmaOverride &) = delete;
    PragmaOverride &operator=(const PragmaOverride &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    QString m_old;
};

} // namespace

bool seedDemo(Database &database, const DemoOptions &options, QString *error)
{
    if (options.users < 5 || options.users > 1'000'000) {
        *error = QStringLiteral("the demo needs between 5 and 1,000,000 users, not %1")
                     .arg(options.users);
        return false;
    }
    QSqlDatabase db = database.connection();
    {
        QSqlQuery exists(db);
        if (!exists.exec(QStringLiteral("SELECT 1 FROM tenants WHERE slug = 'demo'"))) {
            *error = exists.lastError().text();
            return false;
        }
        if (exists.next())
            return true;
    }
    const QString hash = auth::hashPassword(kPassword);
    if (hash.isEmpty()) {
        *error = QStringLiteral("cannot hash the demo password");
        return false;
    }

    // The seed is one transaction: durability of its steps does not matter, and a bigger
    // page cache keeps the event index in memory.
    PragmaOverride synchronous(db, QStringLiteral("synchronous"), QStringLiteral("OFF"));
    PragmaOverride cache(db, QStringLiteral("cache_size"), QStringLiteral("-65536"));
    Transaction transaction(db);
    if (!transaction.ok()) {
        *error = QStringLiteral("cannot begin the demo transaction: %1").arg(db.lastError().text());
        return false;
    }
    Seeder seeder(db, options.randomSeed, options.nowMs > 0 ? options.nowMs : nowMs());
    seeder.passwordHash = hash;

    TenantSeed demo;
    demo.spec = {QStringLiteral("demo"),
                 QStringLiteral("デモ株式会社"),
                 QStringLiteral("demo.example"),
                 QStringLiteral("2025-04-01"),
                 true,
                 options.users,
                 kDemoNamed,
                 demoFolderTree(),
                 200,
                 2,
                 60,
                 true};
    TenantSeed other;
    other.spec = {QStringLiteral("other"),
                  QStringLiteral("他社株式会社"),
                  QStringLiteral("other.example"),
                  QStringLiteral("2025-10-01"),
                  false,
                  21,
                  kOtherNamed,
                  otherFolderTree(),
                  6,
                  0,
                  4,
                  false};
    const bool seeded = seedTenant(seeder, demo, kMaxEvents) && seedTenant(seeder, other, 50'000) &&
                        seeder.exec(QStringLiteral("INSERT OR REPLACE INTO service_meta "
                                                   "(key, value) VALUES ('demo_seeded_at', ?)"),
                                    {fromMs(seeder.now).toString(Qt::ISODateWithMs)});
    if (!seeded) {
        *error = QStringLiteral("cannot write the demo data: %1").arg(seeder.error);
        return false;
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("cannot commit the demo data: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace kanri::server::demo
