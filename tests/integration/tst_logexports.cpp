// Quotes and orders of paid log exports on a real kanri-service (demo data, plus a known log
// laid down in its database): the quote rules (retention edge, filters, price), who may quote
// and order, every refusal of an order, and idempotent ordering.
#include "logexportdemo.h"

using namespace kanri;
using kanri::test::HttpAnswer;
using kanri::test::kDay;
using kanri::test::kHour;

class TestLogExports : public QObject, public test::DemoLogFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpDemoLog(QStringList{QStringLiteral("--demo")}, false);
        QVERIFY(m_ready);
    }

    void quoteCountsTheSelectedRows()
    {
        const HttpAnswer a =
            quote(known(QStringLiteral("access"), QStringLiteral("csv")), m_keiyaku);
        QCOMPARE(a.status, 200);
        const QJsonObject q = a.json();
        QVERIFY(q.value(QStringLiteral("quote_id")).toString().startsWith(QStringLiteral("q_")));
        QCOMPARE(q.value(QStringLiteral("rows_estimate")).toInteger(), 11);
        QCOMPARE(q.value(QStringLiteral("log_type")).toString(), QStringLiteral("access"));
        QCOMPARE(q.value(QStringLiteral("from")).toString(), test::rfc3339(m_base));
        QCOMPARE(q.value(QStringLiteral("filters")).toObject(), QJsonObject());
        QCOMPARE(q.value(QStringLiteral("csv_bom")).toBool(true), false);
        QCOMPARE(q.value(QStringLiteral("currency")).toString(), QStringLiteral("JPY"));
        QVERIFY(q.value(QStringLiteral("size_estimate")).toInteger() > 0);
        const QDateTime validUntil = QDateTime::fromString(
            q.value(QStringLiteral("valid_until")).toString(), Qt::ISODateWithMs);
        const qint64 validFor = QDateTime::currentDateTimeUtc().msecsTo(validUntil);
        QVERIFY2(validFor > 14 * 60 * 1000 && validFor <= 15 * 60 * 1000,
                 qPrintable(QString::number(validFor)));

        const QJsonObject projects{
            {QStringLiteral("path_prefix"), QStringLiteral("/api/v1/projects")}};
        QCOMPARE(rowsFor(known(QStringLiteral("access"), QStringLiteral("csv"), projects)), 6);
        QCOMPARE(
            rowsFor(known(QStringLiteral("access"), QStringLiteral("csv"),
                          {{QStringLiteral("path_prefix"), QStringLiteral("/api/v1/PROJECTS")}})),
            0);
        QCOMPARE(rowsFor(known(QStringLiteral("access"), QStringLiteral("csv"),
                               {{QStringLiteral("user_id"), m_keiyakuId}})),
                 8);
        QCOMPARE(
            rowsFor(known(QStringLiteral("access"), QStringLiteral("jsonl"),
                          {{QStringLiteral("user_id"), m_keiyakuId},
                           {QStringLiteral("path_prefix"), QStringLiteral("/api/v1/projects")}})),
            4);
        QCOMPARE(rowsFor(known(QStringLiteral("operation"), QStringLiteral("csv"))), 5);
        QCOMPARE(rowsFor(known(QStringLiteral("operation"), QStringLiteral("jsonl"),
                               {{QStringLiteral("action"), QStringLiteral("user.create")}})),
                 3);
        QCOMPARE(rowsFor(known(QStringLiteral("operation"), QStringLiteral("csv"),
                               {{QStringLiteral("user_id"), m_kanriId}})),
                 2);
    }

    void priceIsBasePlusPerStartedMillion()
    {
        // The demo's pricing: 10,000 JPY plus 5,000 JPY per started million rows.
        QCOMPARE(quote(known(QStringLiteral("access"), QStringLiteral("csv")), m_keiyaku)
                     .json()
                     .value(QStringLiteral("price"))
                     .toInteger(),
                 15000);
        const QJsonObject empty = test::selection(QStringLiteral("access"), m_base - 10 * kHour,
                                                  m_base - 9 * kHour, QStringLiteral("csv"));
        const HttpAnswer none = quote(empty, m_keiyaku);
        QCOMPARE(none.json().value(QStringLiteral("rows_estimate")).toInteger(), 0);
        QCOMPARE(none.json().value(QStringLiteral("price")).toInteger(), 10000);

        const test::CommandResult r = test::runVendor(
            m_svc->dataDir(),
            {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("--slug"),
             QStringLiteral("demo"), QStringLiteral("--price-base"), QStringLiteral("1200"),
             QStringLiteral("--price-per-million"), QStringLiteral("700")});
        QCOMPARE(r.code, 0);
        QCOMPARE(quote(known(QStringLiteral("access"), QStringLiteral("csv")), m_keiyaku)
                     .json()
                     .value(QStringLiteral("price"))
                     .toInteger(),
                 1900);
        QCOMPARE(quote(empty, m_keiyaku).json().value(QStringLiteral("price")).toInteger(), 1200);
        const HttpAnswer tenant = m_svc->get(QStringLiteral("/tenant"), m_keiyaku);
        QCOMPARE(tenant.json()
                     .value(QStringLiteral("log_export_pricing"))
                     .toObject()
                     .value(QStringLiteral("base_fee"))
                     .toInteger(),
                 1200);
        QCOMPARE(test::runVendor(m_svc->dataDir(),
                                 {QStringLiteral("tenant"), QStringLiteral("update"),
                                  QStringLiteral("--slug"), QStringLiteral("demo"),
                                  QStringLiteral("--price-base"), QStringLiteral("10000"),
                                  QStringLiteral("--price-per-million"), QStringLiteral("5000")})
                     .code,
                 0);
    }

    void retentionEdge()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Exactly 90 days back is inside; so is the start of that (Tokyo) day, to the millisecond.
        QCOMPARE(quote(test::selection(QStringLiteral("access"), now - 90 * kDay, now - 89 * kDay,
                                       QStringLiteral("csv")),
                       m_keiyaku)
                     .status,
                 200);
        const qint64 start = retentionStart(now);
        QCOMPARE(quote(test::selection(QStringLiteral("access"), start, start + kHour,
                                       QStringLiteral("csv")),
                       m_keiyaku)
                     .status,
                 200);
        for (const qint64 from : {start - 1, now - 91 * kDay}) {
            const HttpAnswer a = quote(
                test::selection(QStringLiteral("operation"), from, now, QStringLiteral("jsonl")),
                m_keiyaku);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.problem(), QStringLiteral("retention-exceeded"));
            const QString detail = a.json().value(QStringLiteral("detail")).toString();
            QVERIFY2(detail.contains(QStringLiteral("available from ") + test::rfc3339(start)),
                     qPrintable(detail));
            QVERIFY2(detail.contains(QStringLiteral("90 days")), qPrintable(detail));
        }
    }

    void quoteValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("field");
        const QString from = test::rfc3339(QDateTime::currentMSecsSinceEpoch() - kDay);
        const QString to = test::rfc3339(QDateTime::currentMSecsSinceEpoch());
        const auto body = [&](const QString &rest) {
            return QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\",%3}")
                .arg(from, to, rest)
                .toUtf8();
        };
        QTest::newRow("to before from")
            << QStringLiteral(
                   "{\"log_type\":\"access\",\"format\":\"csv\",\"from\":\"%1\",\"to\":\"%2\"}")
                   .arg(to, from)
                   .toUtf8()
            << "validation"
            << "to";
        QTest::newRow("combined operation log")
            << body(QStringLiteral("\"log_type\":\"operation\",\"format\":\"combined\""))
            << "validation"
            << "format";
        QTest::newRow("path prefix on operations")
            << body(QStringLiteral("\"log_type\":\"operation\",\"format\":\"csv\",\"filters\":{"
                                   "\"path_prefix\":\"/a\"}"))
            << "validation"
            << "filters/path_prefix";
        QTest::newRow("action on access")
            << body(QStringLiteral("\"log_type\":\"access\",\"format\":\"csv\",\"filters\":{"
                                   "\"action\":\"user.create\"}"))
            << "validation"
            << "filters/action";
        QTest::newRow("unknown user")
            << body(QStringLiteral("\"log_type\":\"access\",\"format\":\"csv\",\"filters\":"
                                   "{\"user_id\":\"u_nobody\"}"))
            << "validation"
            << "filters/user_id";
        QTest::newRow("misspelt filter")
            << body(QStringLiteral("\"log_type\":\"access\",\"format\":\"csv\",\"filters\":"
                                   "{\"path\":\"/a\"}"))
            << "validation"
            << "filters/path";
        QTest::newRow("unknown format")
            << body(QStringLiteral("\"log_type\":\"access\",\"format\":\"xml\"")) << "validation"
            << "format";
        QTest::newRow("not json") << QByteArray("{nope") << "malformed-json"
                                  << "";
    }
    void quoteValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        QFETCH(QString, field);
        const HttpAnswer a =
            m_svc->request("POST", QStringLiteral("/log-exports/quote"), body, m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), problem);
        if (!field.isEmpty())
            QCOMPARE(test::problemFields(a), QStringList{field});
    }

    void whoMayQuote()
    {
        const QJsonObject body = known(QStringLiteral("access"), QStringLiteral("csv"));
        QCOMPARE(quote(body, m_kanri).status, 200);
        const HttpAnswer general = quote(body, m_ippan);
        QCOMPARE(general.status, 403);
        QCOMPARE(general.problem(), QStringLiteral("not-admin"));
        const HttpAnswer other = quote(body, m_other);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.problem(), QStringLiteral("option-not-purchased"));
        QCOMPARE(quote(body, QString()).status, 401);
    }

    void orderRefusals()
    {
        const QJsonObject body = known(QStringLiteral("access"), QStringLiteral("csv"));
        const QJsonObject q = quote(body, m_keiyaku).json();
        const QJsonObject order = test::orderFor(body, q);
        const auto post = [&](const QJsonObject &o, const QString &token, bool withKey = true) {
            return m_svc->post(QStringLiteral("/log-exports"), o, token,
                               withKey ? test::idempotencyKey()
                                       : QList<QPair<QByteArray, QByteArray>>{});
        };
        HttpAnswer a = post(order, m_kanri);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.problem(), QStringLiteral("forbidden"));
        a = post(order, m_ippan);
        QCOMPARE(a.problem(), QStringLiteral("not-admin"));
        a = post(order, m_keiyaku, false);
        QCOMPARE(a.status, 400);
        QCOMPARE(test::problemFields(a), QStringList{QStringLiteral("Idempotency-Key")});
        a = post(order, m_other);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.problem(), QStringLiteral("option-not-purchased"));

        const QList<std::pair<QString, QJsonValue>> changes{
            {QStringLiteral("to"), test::rfc3339(m_base + kHour + 1000)},
            {QStringLiteral("format"), QStringLiteral("jsonl")},
            {QStringLiteral("log_type"), QStringLiteral("operation")},
            {QStringLiteral("filters"),
             QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/api")}}},
            {QStringLiteral("csv_bom"), true},
            {QStringLiteral("quote_id"), QStringLiteral("q_doesnotexist")}};
        for (const auto &[field, value] : changes) {
            QJsonObject changed = order;
            changed.insert(field, value);
            a = post(changed, m_keiyaku);
            QCOMPARE(a.status, 400);
            QCOMPARE(test::problemFields(a), QStringList{field});
        }
        // A quote past its validity, and one used already: 409.
        const QJsonObject stale = quote(body, m_keiyaku).json();
        QVERIFY(m_db->exec(
            QStringLiteral("UPDATE log_export_quotes SET valid_until = ? WHERE quote_id = ?"),
            {QDateTime::currentMSecsSinceEpoch() - 1, stale.value(QStringLiteral("quote_id"))}));
        a = post(test::orderFor(body, stale), m_keiyaku);
        QCOMPARE(a.status, 409);
        QVERIFY(a.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("expired")));
        QCOMPARE(post(order, m_keiyaku).status, 201);
        a = post(order, m_keiyaku);
        QCOMPARE(a.status, 409);
        QVERIFY(
            a.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("used")));
        // However often it was tried, the quote was ordered once.
        QCOMPARE(
            m_db->scalar(QStringLiteral(
                             "SELECT COUNT(*) FROM log_exports WHERE quote_pk = (SELECT pk FROM "
                             "log_export_quotes WHERE quote_id = ?)"),
                         {q.value(QStringLiteral("quote_id"))})
                .toInt(),
            1);
    }

    void orderIsIdempotent()
    {
        const QJsonObject body = known(QStringLiteral("operation"), QStringLiteral("jsonl"));
        const QJsonObject order = test::orderFor(body, quote(body, m_keiyaku).json());
        const auto key = test::idempotencyKey();
        const HttpAnswer first = m_svc->post(QStringLiteral("/log-exports"), order, m_keiyaku, key);
        QCOMPARE(first.status, 201);
        const HttpAnswer again = m_svc->post(QStringLiteral("/log-exports"), order, m_keiyaku, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.json().value(QStringLiteral("id")),
                 first.json().value(QStringLiteral("id")));
        QCOMPARE(m_db->scalar(QStringLiteral(
                                  "SELECT COUNT(*) FROM log_exports e JOIN log_export_quotes q ON "
                                  "q.pk = e.quote_pk WHERE q.quote_id = ?"),
                              {order.value(QStringLiteral("quote_id"))})
                     .toInt(),
                 1);
        QJsonObject different = order;
        different.insert(QStringLiteral("csv_bom"), false);
        QCOMPARE(m_svc->post(QStringLiteral("/log-exports"), different, m_keiyaku, key).status,
                 409);
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_svc.reset();
    }
};

QTEST_MAIN(TestLogExports)
#include "tst_logexports.moc"
