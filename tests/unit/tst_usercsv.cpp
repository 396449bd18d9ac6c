// The users CSV in the model layer: encodings (UTF-8, UTF-8 with BOM, Shift_JIS), RFC 4180
// records, the formula guard, export → import round trip with roles and scopes, and the
// offline validation of an import (exactly the bad rows, with their reasons).
#include "accounts/accessmap.h"
#include "accounts/csv.h"
#include "accounts/usercsv.h"
#include "accounts/userquery.h"
#include "cache/cachestore.h"

#include <QStringEncoder>
#include <QTest>

using namespace kanri;
using namespace kanri::accounts;

namespace {

constexpr char kRoles[] = R"sql(
INSERT INTO roles (id, position, name, json) VALUES
 ('contract_admin', 0, 'Contract administrator', '{"id":"contract_admin","name":"Contract administrator","display_names":{"ja":"契約管理者"},"description":"","scope_kind":"tenant","admin_level":"contract_admin","operations":[],"assignable_operations":[]}'),
 ('admin', 1, 'Administrator', '{"id":"admin","name":"Administrator","display_names":{"ja":"管理者"},"description":"","scope_kind":"folder_or_project","admin_level":"admin","operations":[],"assignable_operations":[]}'),
 ('general', 2, 'General user', '{"id":"general","name":"General user","display_names":{"ja":"一般ユーザー"},"description":"","scope_kind":"folder_or_project","admin_level":"none","operations":["view"],"assignable_operations":["upload","download","edit"]}');
INSERT INTO folders (id, name, parent_id, updated_at, json) VALUES
 ('f1', '関東支店', NULL, 't', '{}'), ('f2', '東京営業所', 'f1', 't', '{}'), ('f3', '関西支店', NULL, 't', '{}');
INSERT INTO projects (id, name, folder_id, updated_at, json) VALUES ('p1', '橋梁点検', 'f2', 't', '{}');
INSERT INTO users (id, login, name, name_kana, email, status, mfa, last_login_at, created_at, updated_at, sort_kana, search_key, json) VALUES
 ('u1', 'yamada', '山田 花子', 'ヤマダ ハナコ', 'yamada@x.example', 'active', 1, NULL, '2026-01-01T00:00:00Z', 't', 'やまだ はなこ', 'k', '{}'),
 ('u2', 'aoki', '青木 一郎', 'アオキ イチロウ', 'aoki@x.example', 'disabled', 0, NULL, '2026-01-02T00:00:00Z', 't', 'あおき いちろう', 'k', '{}'),
 ('u3', '=cmd', 'Zed, "Z" Adams', NULL, 'zed@x.example', 'active', 0, NULL, '2026-01-03T00:00:00Z', 't', '', 'k', '{}');
INSERT INTO role_assignments (id, user_id, role_id, scope_type, scope_id, updated_at, json) VALUES
 ('a1', 'u1', 'general', 'folder', 'f2', 't', '{"operations":["upload","download"]}'),
 ('a2', 'u1', 'admin', 'folder', 'f3', 't', '{"operations":[]}'),
 ('a3', 'u2', 'contract_admin', 'tenant', NULL, 't', '{"operations":[]}'),
 ('a4', 'u3', 'general', 'project', 'p1', 't', '{"operations":[]}');
)sql";

QByteArray header() { return QByteArrayLiteral("login,name,name_kana,email,password,roles\r\n"); }

} // namespace

class TestUserCsv : public QObject
{
    Q_OBJECT

    std::unique_ptr<cache::CacheStore> m_store;
    std::optional<AccessMap> m_map;

    ImportContext context() const
    {
        ImportContext c;
        c.map = &*m_map;
        c.takenLogins = cachedLogins(m_store->database());
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<cache::CacheStore>(cache::CacheStore::inMemory());
        QVERIFY(!m_store->open());
        QVERIFY(m_store->database().exec(kRoles));
        domain::Me me;
        me.user.id = QStringLiteral("u2");
        me.adminLevel = domain::AdminLevel::ContractAdmin;
        m_map = AccessMap::load(m_store->database(), me);
        QVERIFY(m_map);
    }

    void recordsFollowRfc4180()
    {
        QList<int> lines;
        const QList<QStringList> records = parseCsv(u"a,\"b,\"\"c\"\"\",\r\n\"multi\nline\",x\n\nlast", &lines);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,\"c\""), QString()}));
        QCOMPARE(records.at(1), (QStringList{QStringLiteral("multi\nline"), QStringLiteral("x")}));
        QCOMPARE(records.at(2), QStringList{QStringLiteral("last")});
        QCOMPARE(lines, (QList<int>{1, 2, 5}));
    }

    void writerQuotesAndGuardsFormulas()
    {
        QByteArray out;
        CsvWriter(out).writeRecord({QStringLiteral("=SUM(A1)"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("山田")});
        QCOMPARE(out, QByteArray("'=SUM(A1),\"a,b\",\"say \"\"hi\"\"\",\xE5\xB1\xB1\xE7\x94\xB0\r\n"));
        const QStringList back = parseCsv(QString::fromUtf8(out)).first();
        QCOMPARE(unguardCsvField(back.at(0)), QStringLiteral("=SUM(A1)"));
        QCOMPARE(unguardCsvField(QStringLiteral("'quoted")), QStringLiteral("'quoted"));
    }

    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = QString::fromUtf8(header()) + QStringLiteral("sato,佐藤 一郎,サトウ イチロウ,sato@x.example,,\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(CsvEncoding::Utf8);
        QTest::newRow("utf-8 bom") << QByteArray(CsvWriter::bom() + text.toUtf8()) << int(CsvEncoding::Utf8Bom);
        QStringEncoder sjis("Shift_JIS");
        QVERIFY(sjis.isValid());
        const QByteArray sjisBytes = sjis.encode(text);
        QVERIFY(sjisBytes != text.toUtf8());
        QTest::newRow("shift_jis") << sjisBytes << int(CsvEncoding::ShiftJis);
    }

    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const ImportPlan plan = planImport(bytes, context());
        QVERIFY2(plan.fileError.isEmpty(), qPrintable(plan.fileError));
        QCOMPARE(int(plan.encoding), encoding);
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.first().user.name, QStringLiteral("佐藤 一郎"));
        QCOMPARE(plan.rows.first().user.nameKana, QStringLiteral("サトウ イチロウ"));
        QVERIFY(plan.canImport());
    }

    void brokenFilesSendNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only header") << header();
        QTest::newRow("wrong columns") << QByteArray("id,fullname\r\n1,x\r\n");
        QTest::newRow("bad encoding") << QByteArray(header() + "\xFF\xFE\xFD,\x80\x80\r\n");
    }

    void brokenFilesSendNothing()
    {
        QFETCH(QByteArray, bytes);
        const ImportPlan plan = planImport(bytes, context());
        QVERIFY(!plan.fileError.isEmpty());
        QVERIFY(!plan.canImport());
    }

    void exactlyTheBadRowsAreReported()
    {
        QByteArray file = header();
        for (int i = 0; i < 50; ++i) {
            QString login = QStringLiteral("user%1@x.example").arg(i);
            QString password = QStringLiteral("abc12345");
            QString roles = QStringLiteral("general@/関東支店/東京営業所[upload download]");
            if (i == 10)
                login = QStringLiteral("user3@x.example"); // duplicate of line 5
            if (i == 20)
                password = QStringLiteral("short");
            if (i == 30)
                roles = QStringLiteral("general@/九州支店");
            file += QStringLiteral("%1,利用者 %2,リヨウシャ,%1,%3,%4\r\n").arg(login).arg(i).arg(password, roles).toUtf8();
        }
        const ImportPlan plan = planImport(file, context());
        QVERIFY(plan.fileError.isEmpty());
        QCOMPARE(plan.rows.size(), 50);
        QCOMPARE(plan.errorRows(), 3);
        QVERIFY(!plan.canImport());
        QStringList bad;
        for (const ImportRow &row : plan.rows)
            if (!row.errors.isEmpty())
                bad << QStringLiteral("%1: %2").arg(row.line).arg(row.errors.join(QLatin1Char(' ')));
        QCOMPARE(bad.size(), 3);
        QVERIFY2(bad.at(0).startsWith(QStringLiteral("12: ")) && bad.at(0).contains(QStringLiteral("line 5")), qPrintable(bad.at(0)));
        QVERIFY2(bad.at(1).startsWith(QStringLiteral("22: ")) && bad.at(1).contains(QStringLiteral("6")), qPrintable(bad.at(1)));
        QVERIFY2(bad.at(2).startsWith(QStringLiteral("32: ")) && bad.at(2).contains(QStringLiteral("九州支店")), qPrintable(bad.at(2)));
        const ImportRow &good = plan.rows.first();
        QCOMPARE(good.roles.size(), 1);
        QCOMPARE(good.roles.first().scope.id, QStringLiteral("f2"));
        QCOMPARE(good.roles.first().operations, (QList<domain::Operation>{domain::Operation::Upload, domain::Operation::Download}));
    }

    void loginsOfTheTenantAreTaken()
    {
        const ImportPlan plan = planImport(header() + "YAMADA,山田,,y2@x.example,,\r\n", context());
        QCOMPARE(plan.errorRows(), 1);
        QVERIFY(plan.rows.first().errors.first().contains(QStringLiteral("already exists")));
    }

    void statusesTheServiceSetsAreNoted()
    {
        const QByteArray file = "login,name,email,status\r\n"
                                "a1,A,a1@x.example,active\r\n"
                                "a2,B,a2@x.example,disabled\r\n"
                                "a3,C,a3@x.example,locked\r\n"
                                "a4,D,a4@x.example,invited\r\n"
                                "a5,E,a5@x.example,\r\n"
                                "a6,F,a6@x.example,paused\r\n";
        const ImportPlan plan = planImport(file, context());
        QCOMPARE(plan.rows.size(), 6);
        QStringList notes;
        for (const ImportRow &row : plan.rows)
            notes << row.notes.join(QLatin1Char(' '));
        QCOMPARE(notes, (QStringList{QString(), QStringLiteral("Created disabled."),
                                     QStringLiteral("Created active: the service sets \"locked\" itself."),
                                     QStringLiteral("Created active: the service sets \"invited\" itself."), QString(), QString()}));
        QCOMPARE(plan.rows.at(2).disabled, false);
        QCOMPARE(plan.errorRows(), 1); // only the unknown status stops the import
        QVERIFY(plan.rows.at(5).errors.first().contains(QStringLiteral("paused")));
    }

    void exportReimportsWithRolesAndScopes()
    {
        UserDirectory directory(m_store->connection());
        const std::optional<UserQueryResult> all = directory.run(m_store->database(), UserQuery{});
        QVERIFY(all);
        QCOMPARE(all->ids.size(), 3);
        const std::optional<QByteArray> csv = exportUsersCsv(m_store->database(), all->ids, *m_map);
        QVERIFY2(csv, qPrintable(m_store->database().lastError().message));
        QVERIFY(csv->startsWith(CsvWriter::bom()));
        const QString text = QString::fromUtf8(csv->mid(3));
        QVERIFY2(text.contains(QStringLiteral("admin@/関西支店; general@/関東支店/東京営業所[upload download]")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("contract_admin@/")));
        QVERIFY(text.contains(QStringLiteral("'=cmd")));
        // By reading: アオキ, ヤマダ, then the user without one.
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("aoki,")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("'=cmd,")));

        ImportContext fresh = context();
        fresh.takenLogins.clear(); // as in another tenant with the same folders
        const ImportPlan plan = planImport(*csv, fresh);
        QVERIFY2(plan.canImport(), qPrintable(plan.rows.value(0).errors.join(QLatin1Char(' ')) + plan.fileError));
        QCOMPARE(plan.rows.size(), 3);
        QCOMPARE(plan.rows.at(1).user.login, QStringLiteral("yamada"));
        QCOMPARE(plan.rows.at(1).roles.size(), 2);
        QCOMPARE(plan.rows.at(0).disabled, true);
        QCOMPARE(plan.rows.at(0).roles.first().scope.type, domain::ScopeType::Tenant);
        QCOMPARE(plan.rows.at(2).user.login, QStringLiteral("=cmd"));
        QCOMPARE(plan.rows.at(2).user.name, QStringLiteral("Zed, \"Z\" Adams"));
        QCOMPARE(plan.rows.at(2).roles.first().scope.id, QStringLiteral("p1"));
    }

    void searchFoldsWidthKanaAndCase()
    {
        QVERIFY(m_store->database().exec("UPDATE users SET search_key = 'やまだ はなこ' || char(31) || 'yamada' WHERE id = 'u1'"));
        UserDirectory directory(m_store->connection());
        UserQuery query;
        query.search = QStringLiteral("ﾔﾏﾀﾞ");
        QCOMPARE(directory.run(m_store->database(), query)->ids.size(), 1);
        query.search = QStringLiteral("YAMA");
        QCOMPARE(directory.run(m_store->database(), query)->ids.size(), 1);
        query.search.clear();
        query.scopeId = QStringLiteral("f1"); // u1 on f2 below it, u3 on p1 below f2
        const auto below = directory.run(m_store->database(), query);
        QCOMPARE(below->ids.size(), 2);
        QCOMPARE(below->total, 3);
    }
};

QTEST_GUILESS_MAIN(TestUserCsv)
#include "tst_usercsv.moc"
