// The service's router: pattern matching, parameters, 404 vs 405, and the route listing that
// the contract test compares with the spec.
#include "http/router.h"

#include <QTest>

using namespace kanri::server;

class TestServiceRouter : public QObject
{
    Q_OBJECT

    static Router sample()
    {
        Router router;
        const auto tag = [](const char *name) {
            return [name](const Request &r) {
                Response response;
                response.body = QByteArray(name) + ' ' + r.params.value(QStringLiteral("id")).toUtf8();
                return response;
            };
        };
        router.add(Method::Get, QStringLiteral("/users"), tag("list"));
        router.add(Method::Post, QStringLiteral("/users"), tag("create"));
        router.add(Method::Get, QStringLiteral("/users/{id}"), tag("get"));
        router.add(Method::Post, QStringLiteral("/users/{id}/unlock"), tag("unlock"));
        return router;
    }

private Q_SLOTS:
    void matchesByMethodAndPattern_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body"); // empty: no handler
        QTest::addColumn<bool>("pathExists");
        QTest::newRow("list") << "GET" << "/users" << QByteArray("list ") << true;
        QTest::newRow("create") << "POST" << "/users" << QByteArray("create ") << true;
        QTest::newRow("get") << "GET" << "/users/u_42" << QByteArray("get u_42") << true;
        QTest::newRow("trailing slash") << "GET" << "/users/u_42/" << QByteArray("get u_42") << true;
        QTest::newRow("action") << "POST" << "/users/u_7/unlock" << QByteArray("unlock u_7") << true;
        QTest::newRow("wrong method") << "DELETE" << "/users/u_42" << QByteArray() << true;
        QTest::newRow("unknown") << "GET" << "/groups" << QByteArray() << false;
        QTest::newRow("too deep") << "GET" << "/users/u_1/unlock/x" << QByteArray() << false;
        QTest::newRow("prefix only") << "GET" << "/user" << QByteArray() << false;
    }

    void matchesByMethodAndPattern()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, pathExists);
        const Router router = sample();
        const Method m = method == QLatin1StringView("GET")    ? Method::Get
                         : method == QLatin1StringView("POST") ? Method::Post
                                                               : Method::Delete;
        const Router::Match match = router.match(m, path);
        QCOMPARE(match.pathExists, pathExists);
        if (body.isEmpty()) {
            QVERIFY(!match.handler);
            return;
        }
        QVERIFY(match.handler);
        Request request;
        request.params = match.params;
        QCOMPARE((*match.handler)(request).body, body);
    }

    void listsRoutesSorted()
    {
        QCOMPARE(sample().routes(),
                 (QStringList{QStringLiteral("GET /users"), QStringLiteral("GET /users/{id}"),
                              QStringLiteral("POST /users"), QStringLiteral("POST /users/{id}/unlock")}));
    }

    void problemResponsesCarryTheProblemType()
    {
        const Response r = Response::problem(412, u"precondition-failed", QStringLiteral("Changed"),
                                             QStringLiteral("Reload first."));
        QCOMPARE(r.status, 412);
        QCOMPARE(r.contentType, QByteArray("application/problem+json"));
        const auto problem = kanri::domain::decodeBody<kanri::domain::Problem>(r.body);
        QVERIFY(problem);
        QCOMPARE(problem->type, QStringLiteral("urn:kanri:problem:precondition-failed"));
        QCOMPARE(problem->detail, std::optional<QString>(QStringLiteral("Reload first.")));
    }
};

QTEST_GUILESS_MAIN(TestServiceRouter)
#include "tst_servicerouter.moc"
