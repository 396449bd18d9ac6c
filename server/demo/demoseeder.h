#pragma once

// Internals of the demo data (server/demo/*.cpp): the random source, the bulk insert, and the
// in-memory picture of a tenant that is built first and written afterwards.

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace kanri::server::demo::detail {

inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;
// KUMIKI works in JST (UTC+9, no daylight saving time); the demo's office hours are JST.
inline constexpr qint64 kJstOffsetMs = 9 * kHourMs;

// Days since 1970-01-01 of the JST calendar day that holds `ms`, and when such a day starts.
qint64 jstDay(qint64 ms);
inline qint64 jstDayStart(qint64 day)
{
    return day * kDayMs - kJstOffsetMs;
}
QDate jstDate(qint64 ms);
// "2026年12月4日（金）"
QString jstDateText(qint64 ms);
// "1:00", "23:30"
QString jstTimeText(qint64 ms);
// Saturdays, Sundays and the year-end holidays (29 December to 3 January).
bool isDayOff(qint64 day);
// The Japanese fiscal year (April to March) that holds `ms`.
int fiscalYear(qint64 ms);

// Pseudo-random numbers from a seed. std::mt19937 is specified bit for bit; the helpers avoid
// the <random> distributions, whose results differ between standard libraries.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}

    // [0, n); n > 0
    int below(qsizetype n);
    // [low, high]
    qint64 between(qint64 low, qint64 high);
    // [0, 1)
    double unit();
    bool chance(double probability) { return unit() < probability; }
    // An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::span<const int> weights);
    // One element of a non-empty array, span or vector.
    template<typename Container> const auto &pick(const Container &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<qsizetype>(std::size(items))))];
    }
    QByteArray bytes(int count);

private:
    std::mt19937 m_engine;
};

// A moment on JST day `day` when an office is at work: mostly 8:00–20:00, peaking in the
// morning and after lunch, rarely late in the evening.
qint64 officeTime(Random &rng, qint64 day);

// INSERT of many rows through one prepared statement that takes `rowsPerStatement` rows at a
// time: the per-statement cost of Qt SQL dominates otherwise.
class BatchInsert
{
public:
    BatchInsert(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement = 64);

    // Queues one row (one value per column); writes when a statement's worth is queued.
    bool add(std::initializer_list<QVariant> row);
    // Writes what is left. Must be called at the end.
    bool finish();
    const QString &error() const { return m_error; }

private:
    bool flush(int rows, QSqlQuery &query);
    QString sqlFor(int rows) const;

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    QVariantList m_pending;
    QString m_error;
};

QVariant nullInt();
QVariant nullText();
// Qt SQL writes a null QString as NULL; NOT NULL text columns need an empty one.
inline QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}
inline QVariant orNull(qint64 value)
{
    return value != 0 ? QVariant(value) : nullInt();
}

enum class Role
{
    ContractAdmin,
    Admin,
    General,
    Guest,
    DroneOperator
};
QString roleId(Role role);

// What a project is about: decides its name and its files.
enum class Work
{
    Office,
    Mixed,
    Survey,
    Bridge,
    River,
    Solar,
    Tower,
    Farm,
    Training
};
enum class Region
{
    Nationwide,
    Kanto,
    Kansai,
    Kyushu
};

struct UserSeed
{
    qint64 pk = 0;
    QString login;
    QString name;
    QString kana; // null: no reading recorded
    QString status = QStringLiteral("active");
    bool hasPassword = true;
    bool totp = false;
    qint64 lockedUntil = 0;
    qint64 lastLogin = 0; // 0: never
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A role assignment. `target` indexes folders or projects; -1 for the tenant scope, and
// for a project scope still to be chosen.
struct AssignmentSeed
{
    int user = 0;
    Role role = Role::General;
    enum class Scope
    {
        Tenant,
        Folder,
        Project
    } scope = Scope::Tenant;
    int target = -1;
    QString operations; // comma-separated; general users and drone operators only
};

struct FolderSeed
{
    qint64 pk = 0;
    int parent = -1;
    QString name;
    Work work = Work::Mixed;
    Region region = Region::Nationwide;
    int projectWeight = 0;
    qint64 createdAt = 0;
};

struct ProjectSeed
{
    qint64 pk = 0;
    int folder = 0;
    Work work = Work::Survey;
    QString name;
    QString description;
    int createdBy = 0;
    qint64 createdAt = 0;
};

struct FileSeed
{
    int project = 0;
    QString name;
    qint64 size = 0;
    QString contentType;
    QString sha256;
    int createdBy = 0;
    qint64 createdAt = 0;
};

// One of the tenant's sign-ins with a fixed name and role ("keiyaku@demo.example").
struct NamedUser
{
    QStringView login;
    QStringView name;
    QStringView kana;
    Role role;
    QStringView scopeFolder; // empty for the tenant scope
    QStringView operations;
};

struct FolderDef
{
    QStringView name;
    int parent; // index into the same list, -1 for a top-level folder
    Work work;
    Region region;
    int projectWeight; // share of the tenant's projects placed here
};

struct TenantSpec
{
    QString slug;
    QString name;
    QString mailDomain;        // "demo.example"
    QString contractStartedOn; // "2025-04-01"
    bool options = false;      // MFA, paid log exports, automatic export approval
    int users = 0;
    std::span<const NamedUser> named;
    std::span<const FolderDef> folders;
    int projects = 0;
    int extraContractAdmins = 0;
    int labelAssignments = 0;
    bool totp = false; // some generated users have TOTP enrolled
};

struct TenantSeed
{
    TenantSpec spec;
    qint64 pk = 0;
    QString id;
    qint64 createdAt = 0;
    qint64 seq = 0;
    std::vector<UserSeed> users;
    std::vector<FolderSeed> folders;
    std::vector<ProjectSeed> projects;
    std::vector<FileSeed> files;
    std::vector<AssignmentSeed> assignments;

    qint64 nextSeq() { return ++seq; }
};

struct Seeder
{
    Seeder(QSqlDatabase database, quint32 seed, qint64 nowMs)
        : db(std::move(database))
        , rng(seed)
        , now(nowMs)
    {}

    QSqlDatabase db;
    Random rng;
    qint64 now;
    QString passwordHash;
    QString error;

    // Primary keys are given explicitly so that rows can refer to each other before they
    // are written; this is the next free one of `table`.
    qint64 nextPk(const QString &table);
    // Runs one statement; on failure records the error and returns false.
    bool exec(const QString &sql, const QVariantList &values = {});
    bool fail(const QString &message);

private:
    QHash<QString, qint64> m_nextPk;
};

// demoassets.cpp
std::span<const FolderDef> demoFolderTree();
std::span<const FolderDef> otherFolderTree();
void buildFolders(Seeder &seeder, TenantSeed &tenant);
void buildProjects(Seeder &seeder, TenantSeed &tenant);
void buildFiles(Seeder &seeder, TenantSeed &tenant);
bool insertAssets(Seeder &seeder, TenantSeed &tenant);

// democontent.cpp
bool seedLabels(Seeder &seeder, TenantSeed &tenant);
bool seedNotices(Seeder &seeder, TenantSeed &tenant);

// demoevents.cpp: 90 days of usage ending at seeder.now, at most about `maxEvents` rows.
bool seedEvents(Seeder &seeder, TenantSeed &tenant, qint64 maxEvents);

} // namespace kanri::server::demo::detail
