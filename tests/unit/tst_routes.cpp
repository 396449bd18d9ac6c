// The contract test of the route table: the routes an in-process kanri-service serves are
// exactly the operations of docs/api/openapi.yaml, as listed in tests/spec/routes.txt
// (tests/spec/list-routes.sh keeps that list, and lint-openapi.sh checks it is current).
#include "service.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kanri::server;

class TestRoutes : public QObject
{
    Q_OBJECT

    static QStringList specRoutes(bool *ok)
    {
        QFile file(QStringLiteral(KANRI_SOURCE_DIR "/tests/spec/routes.txt"));
        *ok = file.open(QIODevice::ReadOnly | QIODevice::Text);
        QStringList routes;
        while (*ok && !file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty())
                routes.append(line);
        }
        return routes;
    }

private Q_SLOTS:
    void servedRoutesAreTheSpecsOperations()
    {
        bool ok = false;
        const QStringList spec = specRoutes(&ok);
        QVERIFY2(ok, "cannot read tests/spec/routes.txt");
        QVERIFY(spec.size() > 40);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ServiceOptions options;
        options.dataDir = dir.path();
        options.listenPort = 0;
        Service service(options);
        QString error;
        QVERIFY2(service.start(&error), qPrintable(error));
        const QStringList served = service.router().routes();

        const QSet<QString> specSet(spec.begin(), spec.end());
        const QSet<QString> servedSet(served.begin(), served.end());
        QCOMPARE(servedSet.size(), served.size()); // no route registered twice
        QStringList missing = (specSet - servedSet).values();
        QStringList extra = (servedSet - specSet).values();
        missing.sort();
        extra.sort();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            QFAIL(
                qPrintable(QStringLiteral("the service's routes differ from tests/spec/routes.txt\n"
                                          "  in the spec but not served (%1):\n    %2\n"
                                          "  served but not in the spec (%3):\n    %4")
                               .arg(missing.size())
                               .arg(missing.join(QStringLiteral("\n    ")))
                               .arg(extra.size())
                               .arg(extra.join(QStringLiteral("\n    ")))));
        }
        QCOMPARE(served, spec); // same order too: both sorted bytewise
    }
};

QTEST_GUILESS_MAIN(TestRoutes)
#include "tst_routes.moc"
