// 90 days of usage events behind the dashboard: sign-ins, uploads, downloads, and the
// creation of the projects and files that fall in the window. Busy on working days during
// office hours (JST), quiet on days off, a few sign-ins late in the evening (23:30 JST: the
// dashboard must count them on their JST day, not the UTC one).
//
// The events agree with the rest of the data: a user's last sign-in event is at
// users.last_login_at and none comes later; uploads and downloads are by users whose role
// allows them, on projects within their scope that existed at the time.
#include "demo/demoseeder.h"

#include <algorithm>
#include <cmath>

namespace kanri::server::demo::detail {

namespace {

enum Kind
{
    Login,
    Upload,
    Download,
    ProjectCreated,
    FileCreated
};

// Per user and working day before scaling; days off see a tenth of it.
constexpr double kLoginsPerUserDay = 0.6;
constexpr double kUploadsPerUserDay = 0.12;
constexpr double kDownloadsPerUserDay = 0.25;
constexpr double kDayOffFactor = 0.1;
constexpr qint64 kWindowMs = 90 * kDayMs;

struct Event
{
    qint64 at;
    Kind kind;
    int user;
    int project; // -1: none
};

// Users ordered by their last sign-in: the ones still signing in after a given time are a
// suffix of it.
class ActivePool
{
public:
    void add(int user, qint64 lastLogin) { m_users.emplace_back(lastLogin, user); }
    void sort() { std::sort(m_users.begin(), m_users.end()); }
    const std::vector<std::pair<qint64, int>> &users() const { return m_users; }

    // Someone whose last sign-in is at `t` or later; -1 if nobody.
    int pickFrom(Random &rng, qint64 t) const
    {
        const auto first =
            std::lower_bound(m_users.begin(), m_users.end(), std::pair<qint64, int>(t, -1));
        const auto left = m_users.end() - first;
        return left > 0 ? first[rng.below(left)].second : -1;
    }

private:
    std::vector<std::pair<qint64, int>> m_users;
};

class Activity
{
public:
    Activity(Seeder &seeder, TenantSeed &tenant)
        : m_seeder(seeder)
        , m_tenant(tenant)
    {
        const auto projectCount = tenant.projects.size();
        for (std::size_t p = 0; p < projectCount; ++p)
            m_allProjects.push_back(static_cast<int>(p));
        // Projects are ordered by creation, so each of these lists is too.
        m_projectsUnder.resize(tenant.folders.size());
        for (std::size_t p = 0; p < projectCount; ++p) {
            for (int f = tenant.projects[p].folder; f >= 0;
                 f = tenant.folders[static_cast<std::size_t>(f)].parent)
                m_projectsUnder[static_cast<std::size_t>(f)].push_back(static_cast<int>(p));
        }
        m_uploadScope.assign(tenant.users.size(), {});
        m_downloadScope.assign(tenant.users.size(), {});
        for (const AssignmentSeed &a : tenant.assignments)
            collectScope(a);
        for (std::size_t u = 0; u < tenant.users.size(); ++u) {
            const qint64 last = tenant.users[u].lastLogin;
            if (last == 0)
                continue;
            m_logins.add(static_cast<int>(u), last);
            if (!m_uploadScope[u].empty())
                m_uploaders.add(static_cast<int>(u), last);
            if (!m_downloadScope[u].empty())
                m_downloaders.add(static_cast<int>(u), last);
        }
        m_logins.sort();
        m_uploaders.sort();
        m_downloaders.sort();
    }

    bool write(qint64 maxEvents);

private:
    void collectScope(const AssignmentSeed &a)
    {
        std::span<const int> projects;
        switch (a.scope) {
        case AssignmentSeed::Scope::Tenant:
            projects = m_allProjects;
            break;
        case AssignmentSeed::Scope::Folder:
            projects = m_projectsUnder[static_cast<std::size_t>(a.target)];
            break;
        case AssignmentSeed::Scope::Project:
            projects =
                std::span<const int>(m_allProjects).subspan(static_cast<std::size_t>(a.target), 1);
            break;
        }
        const bool all = a.role == Role::ContractAdmin || a.role == Role::Admin;
        const bool general = a.role == Role::General;
        const auto u = static_cast<std::size_t>(a.user);
        if (m_uploadScope[u].empty() &&
            (all || (general && a.operations.contains(QLatin1StringView("upload")))))
            m_uploadScope[u] = projects;
        if (m_downloadScope[u].empty() &&
            (all || (general && a.operations.contains(QLatin1StringView("download")))))
            m_downloadScope[u] = projects;
    }

    // A project of `scope` that existed at `t`, most often one of the latest; -1 if none.
    int projectAt(std::span<const int> scope, qint64 t)
    {
        const auto existing = static_cast<qsizetype>(
            std::upper_bound(scope.begin(), scope.end(), t,
                             [this](qint64 time, int p) {
                                 return time <
                                        m_tenant.projects[static_cast<std::size_t>(p)].createdAt;
                             }) -
            scope.begin());
        if (existing == 0)
            return -1;
        Random &rng = m_seeder.rng;
        const qsizetype recent = std::min<qsizetype>(existing, 12);
        return scope[static_cast<std::size_t>(rng.chance(0.7) ? existing - 1 - rng.below(recent)
                                                              : rng.below(existing))];
    }

    void transfers(std::vector<Event> &day, Kind kind, qint64 count, qint64 dayIndex);
    qint64 scaled(double perUserDay, double factor, double noise) const
    {
        return std::llround(static_cast<double>(m_tenant.users.size()) * perUserDay * factor *
                            m_scale * noise);
    }

    Seeder &m_seeder;
    TenantSeed &m_tenant;
    std::vector<int> m_allProjects;
    std::vector<std::vector<int>> m_projectsUnder;
    std::vector<std::span<const int>> m_uploadScope;
    std::vector<std::span<const int>> m_downloadScope;
    ActivePool m_logins;
    ActivePool m_uploaders;
    ActivePool m_downloaders;
    double m_scale = 1.0;
    qint64 m_from = 0;
};

void Activity::transfers(std::vector<Event> &day, Kind kind, qint64 count, qint64 dayIndex)
{
    Random &rng = m_seeder.rng;
    const ActivePool &pool = kind == Upload ? m_uploaders : m_downloaders;
    const auto &scopes = kind == Upload ? m_uploadScope : m_downloadScope;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = officeTime(rng, dayIndex);
        if (t < m_from || t > m_seeder.now)
            continue;
        // Someone who was still signing in around then.
        const int user = pool.pickFrom(rng, t - 8 * kHourMs);
        if (user < 0)
            continue;
        const int project = projectAt(scopes[static_cast<std::size_t>(user)], t);
        if (project >= 0)
            day.push_back({t, kind, user, project});
    }
}

bool Activity::write(qint64 maxEvents)
{
    Random &rng = m_seeder.rng;
    const qint64 now = m_seeder.now;
    m_from = now - kWindowMs;

    // The creation of projects and files in the window, as they happened.
    std::vector<Event> created;
    for (std::size_t p = 0; p < m_tenant.projects.size(); ++p) {
        const ProjectSeed &project = m_tenant.projects[p];
        if (project.createdAt >= m_from)
            created.push_back(
                {project.createdAt, ProjectCreated, project.createdBy, static_cast<int>(p)});
    }
    for (const FileSeed &file : m_tenant.files) {
        if (file.createdAt >= m_from) {
            created.push_back({file.createdAt, Upload, file.createdBy, file.project});
            created.push_back({file.createdAt, FileCreated, file.createdBy, file.project});
        }
    }
    std::stable_sort(created.begin(), created.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });

    const qint64 firstDay = jstDay(m_from);
    const qint64 lastDay = jstDay(now);
    double dayWeights = 0;
    for (qint64 d = firstDay; d <= lastDay; ++d)
        dayWeights += isDayOff(d) ? kDayOffFactor : 1.0;
    const double perUser = kLoginsPerUserDay + kUploadsPerUserDay + kDownloadsPerUserDay;
    const double expected = static_cast<double>(m_tenant.users.size()) * perUser * dayWeights;
    const auto fixed = static_cast<double>(m_logins.users().size() + created.size());
    m_scale = std::clamp((static_cast<double>(maxEvents) - fixed) / expected, 0.0, 1.0);

    static const QString kinds[] = {QStringLiteral("login"), QStringLiteral("upload"),
                                    QStringLiteral("download"), QStringLiteral("project_created"),
                                    QStringLiteral("file_created")};
    BatchInsert insert(m_seeder.db, QStringLiteral("events"),
                       {QStringLiteral("tenant_pk"), QStringLiteral("kind"), QStringLiteral("at"),
                        QStringLiteral("user_pk"), QStringLiteral("folder_pk"),
                        QStringLiteral("project_pk")},
                       128);
    const QVariant tenantPk(m_tenant.pk);
    const QVariant none = nullInt();
    auto lastLogins = m_logins.users().begin();
    auto nextCreated = created.begin();
    std::vector<Event> day;
    for (qint64 d = firstDay; d <= lastDay; ++d) {
        const qint64 dayEnd = jstDayStart(d + 1);
        const double factor = isDayOff(d) ? kDayOffFactor : 1.0;
        const double noise = 0.85 + 0.3 * rng.unit();
        day.clear();
        // Everyone's last sign-in, then more sign-ins by people who were still around.
        qint64 logins = scaled(kLoginsPerUserDay, factor, noise);
        for (; lastLogins != m_logins.users().end() && lastLogins->first < dayEnd; ++lastLogins) {
            day.push_back({lastLogins->first, Login, lastLogins->second, -1});
            --logins;
        }
        for (qint64 i = 0; i < logins; ++i) {
            const qint64 t = officeTime(rng, d);
            const int user = t >= m_from && t <= now ? m_logins.pickFrom(rng, t) : -1;
            if (user >= 0)
                day.push_back({t, Login, user, -1});
        }
        // Late in the evening: one at 23:30 sharp, a few more on working days; now and then
        // only in a small tenant.
        const qint64 lateCount = m_tenant.users.size() < 100 ? (rng.chance(0.1) ? 1 : 0)
                                 : factor < 1.0              ? 1
                                                             : 1 + rng.below(3);
        for (qint64 i = 0; i < lateCount; ++i) {
            const qint64 t = jstDayStart(d) + 23 * kHourMs + 30 * kMinuteMs +
                             (i == 0 ? 0 : rng.between(kMinuteMs, 29 * kMinuteMs));
            const int user = t >= m_from && t <= now ? m_logins.pickFrom(rng, t) : -1;
            if (user >= 0)
                day.push_back({t, Login, user, -1});
        }
        transfers(day, Upload, scaled(kUploadsPerUserDay, factor, noise), d);
        transfers(day, Download, scaled(kDownloadsPerUserDay, factor, noise), d);
        for (; nextCreated != created.end() && nextCreated->at < dayEnd; ++nextCreated)
            day.push_back(*nextCreated);

        std::stable_sort(day.begin(), day.end(),
                         [](const Event &a, const Event &b) { return a.at < b.at; });
        for (const Event &e : day) {
            const UserSeed &user = m_tenant.users[static_cast<std::size_t>(e.user)];
            QVariant folderPk = none;
            QVariant projectPk = none;
            if (e.project >= 0) {
                const ProjectSeed &project = m_tenant.projects[static_cast<std::size_t>(e.project)];
                projectPk = project.pk;
                folderPk = m_tenant.folders[static_cast<std::size_t>(project.folder)].pk;
            }
            if (!insert.add({tenantPk, kinds[e.kind], e.at, user.pk, folderPk, projectPk}))
                return m_seeder.fail(insert.error());
        }
    }
    return insert.finish() || m_seeder.fail(insert.error());
}

} // namespace

bool seedEvents(Seeder &seeder, TenantSeed &tenant, qint64 maxEvents)
{
    return Activity(seeder, tenant).write(maxEvents);
}

} // namespace kanri::server::demo::detail
