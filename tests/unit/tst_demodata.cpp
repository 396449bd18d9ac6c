// The demo data of `kanri-service --demo`: what the scripts and the console's tests rely on
// (the five sign-ins, their roles, the "other" tenant), and that the data looks like a real
// tenant (Japanese names with katakana readings, plausible proportions, 90 days of activity).
#include "auth/password.h"
#include "demo/demodata.h"
#include "store/database.h"
#include "storequeries.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kanri::server;
using namespace kanri::server::test;

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kJstMs = 9 * 3'600'000;

// Tuesday 24 November 2026, 12:00 JST.
const qint64 kNow =
    (QDate(2026, 11, 24).toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * kDayMs + 3 * 3'600'000;

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_demo = 0;
    qint64 m_other = 0;

    qint64 demoNumber(const QString &sql) const { return number(*m_db, sql, {m_demo}); }

    // A digest of what a seed produced, ids (random by design) left out.
    static QByteArray fingerprint(const Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const QString queries[] = {
            QStringLiteral("SELECT login, name, name_kana, status, last_login_at, created_at, "
                           "totp_secret IS NOT NULL FROM users ORDER BY pk"),
            QStringLiteral("SELECT name, parent_pk FROM folders ORDER BY pk"),
            QStringLiteral(
                "SELECT name, folder_pk, created_by_pk, created_at FROM projects ORDER BY pk"),
            QStringLiteral("SELECT name, size, sha256 FROM files ORDER BY pk"),
            QStringLiteral("SELECT user_pk, role_id, scope_type, scope_pk, operations "
                           "FROM role_assignments ORDER BY pk"),
            QStringLiteral("SELECT kind, at, user_pk, project_pk FROM events ORDER BY pk"),
        };
        for (const QString &sql : queries) {
            for (const QVariantList &row : rows(db, sql)) {
                for (const QVariant &v : row)
                    hash.addData(QByteArray(v.toString().toUtf8() + '\x1f'));
            }
        }
        return hash.result().toHex();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = openIn(m_dir, QStringLiteral("demo.sqlite"));
        QVERIFY(m_db);
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(demo::seedDemo(*m_db, {500, kNow, 20261124}, &error), qPrintable(error));
        qInfo("seeded 500 users in %lld ms", timer.elapsed());
        m_demo = number(*m_db, QStringLiteral("SELECT pk FROM tenants WHERE slug = 'demo'"));
        m_other = number(*m_db, QStringLiteral("SELECT pk FROM tenants WHERE slug = 'other'"));
        QVERIFY(m_demo > 0);
        QVERIFY(m_other > 0);
    }

    void demoTenantHasItsContract()
    {
        const auto t = rows(
            *m_db,
            QStringLiteral(
                "SELECT name, time_zone, opt_mfa, opt_log_export, export_auto_approve, price_base, "
                "price_per_million, contract_started_on, contract_status FROM tenants WHERE pk = "
                "?"),
            {m_demo});
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0], (QVariantList{QStringLiteral("デモ株式会社"), QStringLiteral("Asia/Tokyo"),
                                     1, 1, 1, 10000, 5000, QStringLiteral("2025-04-01"),
                                     QStringLiteral("active")}));
        QCOMPARE(number(*m_db,
                        QStringLiteral("SELECT opt_mfa + opt_log_export + export_auto_approve "
                                       "FROM tenants WHERE pk = ?"),
                        {m_other}),
                 0);
    }

    void hasExactlyTheRequestedUsers()
    {
        QCOMPARE(demoNumber(QStringLiteral("SELECT COUNT(*) FROM users WHERE tenant_pk = ?")), 500);
    }

    void namedSignIns_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("scopeType");
        QTest::addColumn<QString>("operations");
        QTest::newRow("contract admin") << "keiyaku@demo.example"
                                        << "契約 太郎"
                                        << "contract_admin"
                                        << "tenant"
                                        << "";
        QTest::newRow("admin") << "kanri@demo.example"
                               << "管理 花子"
                               << "admin"
                               << "folder"
                               << "";
        QTest::newRow("general") << "ippan@demo.example"
                                 << "一般 次郎"
                                 << "general"
                                 << "folder"
                                 << "upload,download";
        QTest::newRow("guest") << "guest@demo.example"
                               << "来客 三郎"
                               << "guest"
                               << "folder"
                               << "";
        QTest::newRow("drone operator") << "drone@demo.example"
                                        << "空撮 四郎"
                                        << "drone_operator"
                                        << "folder"
                                        << "create_project";
        QTest::newRow("other's contract admin") << "keiyaku@other.example"
                                                << "契約 五郎"
                                                << "contract_admin"
                                                << "tenant"
                                                << "";
    }

    void namedSignIns()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, scopeType);
        QFETCH(QString, operations);
        const auto user = rows(
            *m_db,
            QStringLiteral(
                "SELECT u.name, u.status, u.password_hash, u.totp_secret IS NULL, u.login_key, "
                "ra.role_id, ra.scope_type, ra.scope_pk IS NULL, ra.operations, "
                "COALESCE(f.tenant_pk, u.tenant_pk) = u.tenant_pk "
                "FROM users u JOIN role_assignments ra ON ra.user_pk = u.pk "
                "LEFT JOIN folders f ON ra.scope_type = 'folder' AND f.pk = ra.scope_pk "
                "WHERE u.login = ?"),
            {login});
        QCOMPARE(user.size(), 1);
        const QVariantList &u = user.first();
        QCOMPARE(u[0].toString(), name);
        QCOMPARE(u[1].toString(), QStringLiteral("active"));
        QVERIFY(auth::verifyPassword(QStringLiteral("demo1234"), u[2].toString()));
        QVERIFY2(u[3].toBool(), "scripts must be able to sign in without TOTP");
        QCOMPARE(u[4].toString(), login.toLower());
        QCOMPARE(u[5].toString(), role);
        QCOMPARE(u[6].toString(), scopeType);
        QCOMPARE(u[7].toBool(), scopeType == QLatin1StringView("tenant"));
        QCOMPARE(u[8].toString(), operations);
        QVERIFY(u[9].toBool());
    }

    void namesAreJapaneseWithKatakanaReadings()
    {
        static const QRegularExpression name(QStringLiteral("^\\S+ \\S+$"));
        static const QRegularExpression katakana(
            QStringLiteral("^[\\x{30A1}-\\x{30FC}]+ [\\x{30A1}-\\x{30FC}]+$"));
        int withoutReading = 0;
        for (const QVariantList &row :
             rows(*m_db, QStringLiteral("SELECT name, name_kana FROM users WHERE tenant_pk = ?"),
                  {m_demo})) {
            QVERIFY2(name.match(row[0].toString()).hasMatch(), qPrintable(row[0].toString()));
            if (row[1].isNull()) {
                ++withoutReading;
                continue;
            }
            QVERIFY2(katakana.match(row[1].toString()).hasMatch(), qPrintable(row[1].toString()));
        }
        // About 3 % have no reading, so the console's fallback is exercised.
        QVERIFY2(withoutReading >= 3 && withoutReading <= 30,
                 qPrintable(QString::number(withoutReading)));
    }

    void loginsAreUniqueLowerCaseMailAddresses()
    {
        static const QRegularExpression pattern(
            QStringLiteral("^[a-z]+(\\.[a-z]+\\d{4,})?@demo\\.example$"));
        QCOMPARE(demoNumber(
                     QStringLiteral("SELECT COUNT(DISTINCT login) FROM users WHERE tenant_pk = ?")),
                 500);
        for (const QVariantList &row : rows(*m_db,
                                            QStringLiteral("SELECT login, email, login_key "
                                                           "FROM users WHERE tenant_pk = ?"),
                                            {m_demo})) {
            const QString login = row[0].toString();
            QVERIFY2(pattern.match(login).hasMatch(), qPrintable(login));
            QCOMPARE(row[1].toString(), login);
            QCOMPARE(row[2].toString(), login);
        }
    }

    void statusesAndMfaAreMixed()
    {
        const auto count = [this](const char *where) {
            return demoNumber(
                QStringLiteral("SELECT COUNT(*) FROM users WHERE tenant_pk = ? AND ") +
                QLatin1StringView(where));
        };
        const qint64 disabled = count("status = 'disabled'");
        QVERIFY2(disabled >= 5 && disabled <= 30, qPrintable(QString::number(disabled)));
        QVERIFY(count("status = 'invited'") >= 1);
        QCOMPARE(
            count(
                "status = 'invited' AND (password_hash IS NOT NULL OR last_login_at IS NOT NULL)"),
            0);
        QCOMPARE(count("status <> 'invited' AND password_hash IS NULL"), 0);
        QCOMPARE(count("status = 'locked'"), 2);
        QCOMPARE(
            count(qPrintable(QStringLiteral("status = 'locked' AND locked_until > %1").arg(kNow))),
            2);
        const qint64 totp = count("totp_secret IS NOT NULL AND length(totp_secret) = 20");
        QVERIFY2(totp >= 25 && totp <= 80, qPrintable(QString::number(totp)));
        const qint64 never = count("last_login_at IS NULL");
        QVERIFY2(never >= 20 && never <= 70, qPrintable(QString::number(never)));
        QCOMPARE(count(qPrintable(QStringLiteral("last_login_at < %1 OR last_login_at > %2")
                                      .arg(kNow - 90 * kDayMs)
                                      .arg(kNow))),
                 0);
        QCOMPARE(count("created_at > COALESCE(last_login_at, created_at)"), 0);
    }

    void everyRoleIsUsed()
    {
        QHash<QString, qint64> holders;
        for (const QVariantList &row :
             rows(*m_db,
                  QStringLiteral("SELECT role_id, COUNT(DISTINCT user_pk) FROM role_assignments "
                                 "WHERE tenant_pk = ? GROUP BY role_id"),
                  {m_demo}))
            holders.insert(row[0].toString(), row[1].toLongLong());
        QCOMPARE(holders.value(QStringLiteral("contract_admin")), 3);
        const auto between = [&](const char *role, qint64 low, qint64 high) {
            const qint64 n = holders.value(QLatin1StringView(role));
            if (n < low || n > high)
                qWarning() << role << n;
            return n >= low && n <= high;
        };
        QVERIFY(between("admin", 10, 50));
        QVERIFY(between("general", 250, 380));
        QVERIFY(between("guest", 70, 190));
        QVERIFY(between("drone_operator", 10, 50));
        QVERIFY(demoNumber(QStringLiteral("SELECT COUNT(*) FROM role_assignments "
                                          "WHERE tenant_pk = ? AND scope_type = 'project'")) > 50);
        static const QRegularExpression operations(
            QStringLiteral("^((upload|download|edit|delete|share|create_project|manage_labels)"
                           "(,(?!$)|$))*$"));
        for (const QVariantList &row :
             rows(*m_db, QStringLiteral("SELECT DISTINCT operations FROM role_assignments")))
            QVERIFY2(operations.match(row[0].toString()).hasMatch(), qPrintable(row[0].toString()));
    }

    void treeProjectsFilesAndLabels()
    {
        const qint64 folders =
            demoNumber(QStringLiteral("SELECT COUNT(*) FROM folders WHERE tenant_pk = ?"));
        QVERIFY(folders >= 30 && folders <= 50);
        QCOMPARE(demoNumber(QStringLiteral(
                     "SELECT COUNT(*) FROM folders WHERE tenant_pk = ? AND parent_pk IS NULL")),
                 8);
        QVERIFY(demoNumber(QStringLiteral(
                    "SELECT COUNT(*) FROM folders c JOIN folders p ON p.pk = c.parent_pk "
                    "WHERE c.tenant_pk = ? AND p.parent_pk IS NOT NULL")) > 0);
        QCOMPARE(demoNumber(QStringLiteral(
                     "SELECT COUNT(DISTINCT name) FROM projects WHERE tenant_pk = ?")),
                 200);
        QVERIFY(demoNumber(QStringLiteral("SELECT COUNT(*) FROM files WHERE tenant_pk = ? AND name "
                                          "GLOB 'DJI_[0-9][0-9][0-9][0-9].JPG' "
                                          "AND content_type = 'image/jpeg'")) > 200);
        const auto labels = rows(*m_db,
                                 QStringLiteral("SELECT name || ':' || level, color FROM labels "
                                                "WHERE tenant_pk = ? ORDER BY pk"),
                                 {m_demo});
        const QStringList expected{
            QStringLiteral("公開:public"), QStringLiteral("社内限定:internal"),
            QStringLiteral("社外秘:confidential"), QStringLiteral("機密:secret"),
            QStringLiteral("個人情報あり:confidential")};
        QCOMPARE(labels.size(), expected.size());
        static const QRegularExpression color(QStringLiteral("^#[0-9A-F]{6}$"));
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QCOMPARE(labels[i][0].toString(), expected[i]);
            QVERIFY(color.match(labels[i][1].toString()).hasMatch());
        }
        QCOMPARE(demoNumber(
                     QStringLiteral("SELECT COUNT(*) FROM label_assignments WHERE tenant_pk = ?")),
                 60);
    }

    void otherTenantIsSmallAndApart()
    {
        const auto count = [this](const char *table) {
            return number(*m_db,
                          QStringLiteral("SELECT COUNT(*) FROM %1 WHERE tenant_pk = ?")
                              .arg(QLatin1StringView(table)),
                          {m_other});
        };
        QCOMPARE(count("users"), 21);
        QVERIFY(count("folders") >= 3 && count("projects") >= 3 && count("events") > 0);
        QCOMPARE(number(*m_db,
                        QStringLiteral("SELECT COUNT(*) FROM users WHERE (tenant_pk = ?) <> "
                                       "(login LIKE '%@other.example')"),
                        {m_other}),
                 0);
    }

    // Rules the data keeps; each query counts the rows that break one (none may). "?" is the
    // demo tenant.
    void invariants_data()
    {
        QTest::addColumn<QString>("sql");
        const auto rule = [](const char *name, const char *sql) {
            QTest::newRow(name) << QString::fromUtf8(sql);
        };
        rule("every user has a role",
             "SELECT COUNT(*) FROM users u WHERE tenant_pk = ? AND NOT EXISTS "
             "(SELECT 1 FROM role_assignments ra WHERE ra.user_pk = u.pk)");
        rule("only contract admins tenant-wide",
             "SELECT COUNT(*) FROM role_assignments WHERE tenant_pk = ? AND "
             "((scope_type = 'tenant') <> (role_id = 'contract_admin') "
             "OR (scope_type = 'tenant') <> (scope_pk IS NULL))");
        rule("operations only for general users and drone operators",
             "SELECT COUNT(*) FROM role_assignments WHERE tenant_pk = ? AND "
             "((operations <> '' AND role_id NOT IN ('general', 'drone_operator')) "
             "OR (role_id = 'drone_operator' AND operations <> 'create_project'))");
        rule("no deeper than three levels",
             "SELECT COUNT(*) FROM folders c JOIN folders p ON p.pk = c.parent_pk "
             "JOIN folders g ON g.pk = p.parent_pk WHERE c.tenant_pk = ? AND g.parent_pk IS NOT "
             "NULL");
        rule("every project has files",
             "SELECT COUNT(*) FROM projects p WHERE tenant_pk = ? AND "
             "NOT EXISTS (SELECT 1 FROM files f WHERE f.project_pk = p.pk)");
        rule("files are plausible",
             "SELECT COUNT(*) FROM files f JOIN projects p ON p.pk = f.project_pk "
             "WHERE f.tenant_pk = ? AND (length(f.sha256) <> 64 OR f.size <= 0 "
             "OR f.created_at < p.created_at OR f.created_by_pk IS NULL)");
        rule("labels on existing targets",
             "SELECT COUNT(*) FROM label_assignments la WHERE tenant_pk = ? AND NOT EXISTS "
             "(SELECT 1 FROM folders f WHERE la.target_type = 'folder' AND f.pk = la.target_pk "
             "AND f.tenant_pk = la.tenant_pk UNION ALL SELECT 1 FROM projects p "
             "WHERE la.target_type = 'project' AND p.pk = la.target_pk "
             "AND p.tenant_pk = la.tenant_pk)");
        rule("last sign-in is the latest login event",
             "SELECT COUNT(*) FROM users u LEFT JOIN (SELECT user_pk, MAX(at) AS last FROM events "
             "WHERE kind = 'login' GROUP BY user_pk) e ON e.user_pk = u.pk "
             "WHERE u.tenant_pk = ? AND u.last_login_at IS NOT e.last");
        rule("transfers name an existing project and its folder",
             "SELECT COUNT(*) FROM events e LEFT JOIN projects p ON p.pk = e.project_pk "
             "WHERE e.tenant_pk = ? AND e.kind <> 'login' AND (p.pk IS NULL "
             "OR e.folder_pk IS NOT p.folder_pk OR e.at < p.created_at)");
        rule("projects of the window have their event",
             "SELECT COUNT(*) FROM projects p WHERE tenant_pk = ? "
             "AND created_at >= (SELECT MIN(at) FROM events) AND NOT EXISTS "
             "(SELECT 1 FROM events e WHERE e.kind = 'project_created' "
             "AND e.project_pk = p.pk AND e.at = p.created_at)");
        // Nothing of one tenant refers to anything of the other.
        rule("folder parents", "SELECT COUNT(*) FROM folders c JOIN folders p ON p.pk = "
                               "c.parent_pk WHERE c.tenant_pk <> p.tenant_pk");
        rule("project folders", "SELECT COUNT(*) FROM projects p JOIN folders f ON f.pk = "
                                "p.folder_pk WHERE p.tenant_pk <> f.tenant_pk");
        rule("project creators", "SELECT COUNT(*) FROM projects p JOIN users u ON u.pk = "
                                 "p.created_by_pk WHERE p.tenant_pk <> u.tenant_pk");
        rule("file projects", "SELECT COUNT(*) FROM files f JOIN projects p ON p.pk = "
                              "f.project_pk WHERE f.tenant_pk <> p.tenant_pk");
        rule("file creators", "SELECT COUNT(*) FROM files f JOIN users u ON u.pk = "
                              "f.created_by_pk WHERE f.tenant_pk <> u.tenant_pk");
        rule("assignment users", "SELECT COUNT(*) FROM role_assignments ra JOIN users u ON "
                                 "u.pk = ra.user_pk WHERE ra.tenant_pk <> u.tenant_pk");
        rule("assignment folders",
             "SELECT COUNT(*) FROM role_assignments ra JOIN folders f ON ra.scope_type = "
             "'folder' AND f.pk = ra.scope_pk WHERE ra.tenant_pk <> f.tenant_pk");
        rule("assignment projects",
             "SELECT COUNT(*) FROM role_assignments ra JOIN projects p ON ra.scope_type = "
             "'project' AND p.pk = ra.scope_pk WHERE ra.tenant_pk <> p.tenant_pk");
        rule("label assignments", "SELECT COUNT(*) FROM label_assignments la JOIN labels l ON "
                                  "l.pk = la.label_pk WHERE la.tenant_pk <> l.tenant_pk");
        rule("event users", "SELECT COUNT(*) FROM events e JOIN users u ON u.pk = e.user_pk "
                            "WHERE e.tenant_pk <> u.tenant_pk");
        rule("event projects", "SELECT COUNT(*) FROM events e JOIN projects p ON p.pk = "
                               "e.project_pk WHERE e.tenant_pk <> p.tenant_pk");
        rule("event folders", "SELECT COUNT(*) FROM events e JOIN folders f ON f.pk = "
                              "e.folder_pk WHERE e.tenant_pk <> f.tenant_pk");
    }

    void invariants()
    {
        QFETCH(QString, sql);
        const QVariantList values =
            sql.contains(QLatin1Char('?')) ? QVariantList{m_demo} : QVariantList{};
        QCOMPARE(number(*m_db, sql, values), 0);
    }

    void eventsCoverNinetyDaysOfOfficeLife()
    {
        const auto span =
            rows(*m_db,
                 QStringLiteral("SELECT MIN(at), MAX(at), COUNT(DISTINCT kind) FROM events "
                                "WHERE tenant_pk = ?"),
                 {m_demo});
        QCOMPARE(span.size(), 1);
        const qint64 first = span[0][0].toLongLong();
        const qint64 last = span[0][1].toLongLong();
        QVERIFY(first >= kNow - 90 * kDayMs && first < kNow - 89 * kDayMs);
        QVERIFY(last <= kNow && last > kNow - kDayMs);
        QCOMPARE(span[0][2].toInt(), 5); // login, upload, download, project_created, file_created

        // Several hundred sign-ins a working day for 500 users, few on weekends.
        qint64 weekday = 0, weekdays = 0, weekend = 0, weekends = 0;
        for (const QVariantList &row :
             rows(*m_db,
                  QStringLiteral("SELECT (at + ?) / 86400000 AS day, COUNT(*) FROM events WHERE "
                                 "tenant_pk = ? AND kind = 'login' "
                                 "AND at >= ? AND at < ? GROUP BY day"),
                  {kJstMs, m_demo, kNow - 80 * kDayMs, kNow - 2 * kDayMs})) {
            const int dow = QDate::fromJulianDay(2440588 + row[0].toLongLong()).dayOfWeek();
            (dow >= 6 ? weekend : weekday) += row[1].toLongLong();
            ++(dow >= 6 ? weekends : weekdays);
        }
        QVERIFY(weekdays > 40 && weekends > 15);
        QVERIFY2(weekday / weekdays >= 200 && weekday / weekdays <= 600,
                 qPrintable(QString::number(weekday / weekdays)));
        QVERIFY(weekend / weekends < weekday / weekdays / 4);

        // Sign-ins at 23:30 JST (14:30 UTC): the dashboard must count them on their JST day.
        QVERIFY(number(*m_db,
                       QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_pk = ? AND "
                                      "(at + ?) % 86400000 = ?"),
                       {m_demo, kJstMs, (23 * 60 + 30) * 60'000}) >= 60);
        // Most activity during office hours.
        const qint64 all =
            demoNumber(QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_pk = ?"));
        const qint64 office =
            number(*m_db,
                   QStringLiteral("SELECT COUNT(*) FROM events WHERE tenant_pk = ? AND "
                                  "(at + ?) % 86400000 BETWEEN 28800000 AND 72000000"),
                   {m_demo, kJstMs});
        QVERIFY(office > all * 9 / 10);
    }

    void noticesOfEachKind()
    {
        for (const qint64 tenant : {m_demo, m_other}) {
            const auto notices =
                rows(*m_db,
                     QStringLiteral("SELECT kind, title, body, published_at, starts_at, ends_at, "
                                    "incident_status FROM notices "
                                    "WHERE tenant_pk = ? ORDER BY kind"),
                     {tenant});
            QCOMPARE(notices.size(), 3);
            QCOMPARE(notices[0][0].toString(), QStringLiteral("change"));
            QCOMPARE(notices[1][0].toString(), QStringLiteral("incident"));
            QCOMPARE(notices[1][6].toString(), QStringLiteral("resolved"));
            QCOMPARE(notices[2][0].toString(), QStringLiteral("maintenance"));
            QCOMPARE(notices[2][1].toString(), QStringLiteral("定期メンテナンスのお知らせ"));
            const qint64 start = notices[2][4].toLongLong();
            QVERIFY(start > kNow + 9 * kDayMs && start < kNow + 11 * kDayMs);
            QCOMPARE((start + kJstMs) % kDayMs, 3'600'000); // 1:00 JST
            QCOMPARE(notices[2][5].toLongLong() - start, 4 * 3'600'000);
            QVERIFY(
                notices[2][2].toString().contains(QStringLiteral("2026年12月4日（金）1:00〜5:00")));
            for (const QVariantList &n : notices)
                QVERIFY(n[3].toLongLong() <= kNow && !n[2].toString().isEmpty());
        }
    }

    void changeCounterCoversEveryRow()
    {
        for (const qint64 tenant : {m_demo, m_other}) {
            // Qt SQL counts "?" placeholders, so the tenant is bound once, in a CTE.
            const auto seqs =
                rows(*m_db,
                     QStringLiteral(
                         "WITH t(pk) AS (SELECT ?), s(seq) AS ("
                         "SELECT seq FROM users WHERE tenant_pk = (SELECT pk FROM t) "
                         "UNION ALL SELECT seq FROM folders WHERE tenant_pk = (SELECT pk FROM t) "
                         "UNION ALL SELECT seq FROM projects WHERE tenant_pk = (SELECT pk FROM t) "
                         "UNION ALL SELECT seq FROM role_assignments WHERE tenant_pk = (SELECT pk "
                         "FROM t) "
                         "UNION ALL SELECT seq FROM labels WHERE tenant_pk = (SELECT pk FROM t) "
                         "UNION ALL SELECT seq FROM label_assignments WHERE tenant_pk = (SELECT pk "
                         "FROM t) "
                         "UNION ALL SELECT seq FROM notices WHERE tenant_pk = (SELECT pk FROM t)) "
                         "SELECT COUNT(*), COUNT(DISTINCT seq), MAX(seq), "
                         "(SELECT change_seq FROM tenants WHERE pk = (SELECT pk FROM t)) FROM s"),
                     {tenant});
            QCOMPARE(seqs.size(), 1);
            QVERIFY(seqs[0][0].toLongLong() > 0);
            QCOMPARE(seqs[0][1], seqs[0][0]);
            QCOMPARE(seqs[0][2], seqs[0][0]);
            QCOMPARE(seqs[0][3].toLongLong(), seqs[0][2].toLongLong());
        }
    }

    void seedingTwiceChangesNothing()
    {
        const QString counts = QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM tenants) || '/' || (SELECT COUNT(*) FROM users) || '/' "
            "|| "
            "(SELECT COUNT(*) FROM events) || '/' || (SELECT COUNT(*) FROM notices) || '/' || "
            "(SELECT MAX(change_seq) FROM tenants)");
        const auto before = rows(*m_db, counts);
        QString error;
        QVERIFY(demo::seedDemo(*m_db, {500, kNow + kDayMs, 7}, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(rows(*m_db, counts), before);
    }

    void sameSeedSameData()
    {
        QString error;
        auto a = openIn(m_dir, QStringLiteral("a.sqlite"));
        auto b = openIn(m_dir, QStringLiteral("b.sqlite"));
        auto c = openIn(m_dir, QStringLiteral("c.sqlite"));
        QVERIFY(a && b && c);
        QVERIFY2(demo::seedDemo(*a, {40, kNow, 99}, &error), qPrintable(error));
        QVERIFY2(demo::seedDemo(*b, {40, kNow, 99}, &error), qPrintable(error));
        QVERIFY2(demo::seedDemo(*c, {40, kNow, 100}, &error), qPrintable(error));
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        QVERIFY(fingerprint(*a) != fingerprint(*c));
        QCOMPARE(number(*a, QStringLiteral(
                                "SELECT COUNT(*) FROM users u JOIN tenants t ON t.pk = u.tenant_pk "
                                "WHERE t.slug = 'demo'")),
                 40);
    }

    void failureLeavesNothingBehind()
    {
        // A tenant "other" made by hand: the seed fails on its slug after writing "demo".
        auto db = openIn(m_dir, QStringLiteral("clash.sqlite"));
        QVERIFY(db);
        QSqlQuery clash(db->connection());
        QVERIFY(clash.exec(QStringLiteral(
            "INSERT INTO tenants (id, slug, name, contract_started_on, created_at, updated_at) "
            "VALUES ('t_x', 'other', 'x', '2025-01-01', 0, 0)")));
        QString error;
        QVERIFY(!demo::seedDemo(*db, {4, kNow, 1}, &error)); // fewer than the five sign-ins
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!demo::seedDemo(*db, {50, kNow, 1}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(number(*db, QStringLiteral("SELECT COUNT(*) FROM tenants")), 1);
        QCOMPARE(number(*db, QStringLiteral("SELECT (SELECT COUNT(*) FROM users) + "
                                            "(SELECT COUNT(*) FROM folders) + "
                                            "(SELECT COUNT(*) FROM events)")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
