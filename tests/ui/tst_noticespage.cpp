// The notices page against a real kanri-service (demo notices): newest first, unread ones
// marked and counted in the window's navigation and status bar, marking read kept on the
// service (and so after a restart), and the banner for planned maintenance from five business
// days before it.
#include "mainwindow.h"
#include "pages/noticespage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QAction>
#include <QJsonArray>
#include <QListWidget>
#include <QProcess>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace kanri;

class TestNoticesPage : public QObject
{
    Q_OBJECT

    test::WorkspaceFixture m_ws;
    QString m_token;

    QJsonArray serviceNotices()
    {
        return m_ws.service().get(QStringLiteral("/notices?limit=1000"), m_token).json().value(QStringLiteral("items")).toArray();
    }

    int serviceUnread()
    {
        int unread = 0;
        for (const QJsonValue &n : serviceNotices())
            unread += n[QStringLiteral("read")].toBool() ? 0 : 1;
        return unread;
    }

    // A notice published by the vendor's command line into the running service's data.
    bool publishMaintenance(const QString &title, const QDateTime &start, const QDateTime &end)
    {
        QProcess p;
        p.start(qEnvironmentVariable("KANRI_SERVICE_BIN"),
                {QStringLiteral("notice"), QStringLiteral("publish"), QStringLiteral("--data-dir"), m_ws.service().dataDir(),
                 QStringLiteral("--tenant"), QStringLiteral("demo"), QStringLiteral("--kind"), QStringLiteral("maintenance"),
                 QStringLiteral("--title"), title, QStringLiteral("--body"), QStringLiteral("Storage upgrade."),
                 QStringLiteral("--starts-at"), start.toUTC().toString(Qt::ISODate),
                 QStringLiteral("--ends-at"), end.toUTC().toString(Qt::ISODate)});
        return p.waitForFinished(30'000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(serviceUnread() > 0);
    }

    void businessDaysBeforeMaintenance()
    {
        // Monday 2026-12-07: five business days back is Monday 2026-11-30.
        QCOMPARE(ui::NoticesPage::announceFrom(QDate(2026, 12, 7)), QDate(2026, 11, 30));
        // Thursday: the Friday of the week before (the weekend does not count).
        QCOMPARE(ui::NoticesPage::announceFrom(QDate(2026, 12, 10)), QDate(2026, 12, 3));
        QCOMPARE(ui::NoticesPage::announceFrom(QDate(2026, 12, 12)), QDate(2026, 12, 7)); // Saturday
        // 勤労感謝の日 (Monday 2026-11-23) is no business day.
        QCOMPARE(ui::NoticesPage::announceFrom(QDate(2026, 11, 27)), QDate(2026, 11, 19));
    }

    void newestFirstWithUnreadCountedInTheWindow()
    {
        ui::MainWindow window(m_ws.workspace());
        window.show();
        window.showPage(ui::MainWindow::PageId::Notices);
        auto *page = qobject_cast<ui::NoticesPage *>(window.page(ui::MainWindow::PageId::Notices));
        QVERIFY(page);
        const QJsonArray notices = serviceNotices();
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("noticeList"));
        QCOMPARE(list->topLevelItemCount(), notices.size());
        for (int i = 0; i < notices.size(); ++i)
            QVERIFY(list->topLevelItem(i)->text(2).endsWith(notices.at(i)[QStringLiteral("title")].toString()));
        const int unread = serviceUnread();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QTRY_COMPARE(navigation->item(int(ui::MainWindow::PageId::Notices))->text(), QStringLiteral("Notices (%1)").arg(unread));
        QCOMPARE(test::textOf(window, "attentionLabel"), QStringLiteral("%1 unread notices").arg(unread));

        // Mark the newest unread one read: kept on the service, counted down at once.
        QString id;
        for (const QJsonValue &n : notices)
            if (!n[QStringLiteral("read")].toBool() && id.isEmpty())
                id = n[QStringLiteral("id")].toString();
        QVERIFY(page->chooseNotice(id));
        QVERIFY(page->markReadAction()->isEnabled());
        page->markReadAction()->trigger();
        QCOMPARE(navigation->item(int(ui::MainWindow::PageId::Notices))->text(), QStringLiteral("Notices (%1)").arg(unread - 1));
        // The chosen notice stays open while the list is filled again.
        QString title;
        for (const QJsonValue &n : notices)
            if (n[QStringLiteral("id")].toString() == id)
                title = n[QStringLiteral("title")].toString();
        QVERIFY(page->findChild<QTextBrowser *>(QStringLiteral("noticeDetails"))->toPlainText().startsWith(title));
        QTRY_VERIFY_WITH_TIMEOUT(m_ws.service().get(QStringLiteral("/notices/") + id, m_token).json()
                                     .value(QStringLiteral("read")).toBool(), 30'000);
        QCOMPARE(serviceUnread(), unread - 1);
        window.resize(1100, 700);
        test::saveScreenshot(window, QStringLiteral("notices-window-en"));
    }

    void readStateSurvivesARestart()
    {
        // The service and the console both start again: a new process on the same data, a new
        // sign-in and a new cache synced from it.
        QVERIFY(m_ws.sync());
        const int unread = serviceUnread();
        QVERIFY(unread < serviceNotices().size()); // the test above read one
        QVERIFY(m_ws.service().restart());
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        QCOMPARE(serviceUnread(), unread);
        auto page = std::make_unique<ui::NoticesPage>(m_ws.workspace());
        QCOMPARE(page->unreadCount(), unread);
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("noticeList"));
        QCOMPARE(list->topLevelItemCount(), serviceNotices().size());
        int bold = 0;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            bold += list->topLevelItem(i)->font(2).bold() ? 1 : 0;
        QCOMPARE(bold, unread);
    }

    void maintenanceBannerFromFiveBusinessDaysBefore()
    {
        auto page = std::make_unique<ui::NoticesPage>(m_ws.workspace());
        // The demo's maintenance is about ten days ahead: not announced yet.
        QCOMPARE(page->bannerText(), QString());
        const QTimeZone tokyo("Asia/Tokyo");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(tokyo).date();
        QDate soon = today.addDays(1);
        while (ui::NoticesPage::announceFrom(soon) > today)
            soon = soon.addDays(-1);
        const QDateTime start(soon.addDays(1), QTime(2, 0), tokyo);
        QVERIFY(publishMaintenance(QStringLiteral("ストレージ増設"), start, start.addSecs(3 * 3600)));
        QVERIFY(m_ws.sync());
        QVERIFY2(page->bannerText().endsWith(QStringLiteral("ストレージ増設")), qPrintable(page->bannerText()));
        QVERIFY(page->bannerText().startsWith(QStringLiteral("Planned maintenance from ")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("maintenanceBanner"))->isVisibleTo(page.get()));
        page->resize(1000, 600);
        page->show();
        test::saveScreenshot(*page, QStringLiteral("notices-en"));
        test::useLanguage(QStringLiteral("ja"));
        page = std::make_unique<ui::NoticesPage>(m_ws.workspace());
        page->resize(1000, 600);
        page->show();
        QVERIFY(!page->bannerText().isEmpty());
        test::saveScreenshot(*page, QStringLiteral("notices-ja"));
        test::useLanguage(QStringLiteral("en"));
    }

    void offlineCannotMarkRead()
    {
        auto page = std::make_unique<ui::NoticesPage>(m_ws.workspace());
        m_ws.workspace().setOnline(false);
        QVERIFY(!page->markAllReadAction()->isEnabled());
        QCOMPARE(page->markAllReadAction()->toolTip(), session::Workspace::offlineReason());
        m_ws.workspace().setOnline(true);
        QVERIFY(page->markAllReadAction()->isEnabled());
    }
};

QTEST_MAIN(TestNoticesPage)
#include "tst_noticespage.moc"
