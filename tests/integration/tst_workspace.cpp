#include "workspacefixture.h"
class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncsAndGoesOffline()
    {
        kanri::test::WorkspaceFixture ws({QStringLiteral("--demo"), QStringLiteral("--demo-users"), QStringLiteral("40")});
        QVERIFY(ws.open(QStringLiteral("keiyaku@demo.example")));
        QVERIFY(ws.workspace().dataAsOf());
        QCOMPARE(ws.workspace().timeZone(), QStringLiteral("Asia/Tokyo"));
        kanri::cache::Statement count(ws.workspace().cache().database(), "SELECT count(*) FROM users");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), 40);
        QVERIFY(ws.workspace().isOnline());
        QSignalSpy offline(&ws.workspace(), &kanri::session::Workspace::onlineChanged);
        ws.workspace().syncEngine().setRetryDelays({});
        ws.service().stop();
        QVERIFY(!ws.sync(60'000));
        QCOMPARE(offline.size(), 1);
        QVERIFY(!ws.workspace().isOnline());
    }
};
QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
