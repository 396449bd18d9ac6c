// The console's main window, offscreen, against a real kanri-service process.
#include "api/apiclient.h"
#include "mainwindow.h"
#include "pages/servicestatuspage.h"
#include "resources.h"
#include "service/localservice.h"

#include <kanri/version.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kanri;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<service::LocalService> m_service;

    static QString textOf(QWidget &root, const char *name)
    {
        auto *label = root.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
    }

    // Optional screenshots for docs and review: KANRI_SCREENSHOT_DIR=dir.
    static void saveScreenshot(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KANRI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    void useLanguage(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslations(*qApp, language));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dataDir.path());
        m_service = std::make_unique<service::LocalService>();
        QSignalSpy ready(m_service.get(), &service::LocalService::ready);
        m_service->start(m_dataDir.filePath(QStringLiteral("service")), {}, 60'000);
        QVERIFY(ready.wait(60'000));
    }

    void showsTheServiceHealthInEnglish()
    {
        useLanguage(QStringLiteral("en"));
        api::ApiClient client(m_service->url(), api::TlsPolicy(m_service->fingerprint()));
        ui::MainWindow window(client);
        window.resize(900, 560);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(textOf(window, "stateLabel"),
                                  QStringLiteral("The service is running normally."), 30'000);
        QCOMPARE(textOf(window, "versionValue"), QString::fromLatin1(kVersion));
        QCOMPARE(textOf(window, "databaseValue"), QStringLiteral("available"));
        QCOMPARE(textOf(window, "fingerprintValue"), m_service->fingerprint());
        QCOMPARE(textOf(window, "urlValue"), m_service->url().toString());
        QCOMPARE(textOf(window, "connectionLabel"), QStringLiteral("Connected to 127.0.0.1"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->currentItem()->text(), QStringLiteral("Service status"));
        saveScreenshot(window, QStringLiteral("mainwindow-en"));
    }

    void showsTheServiceHealthInJapanese()
    {
        useLanguage(QStringLiteral("ja"));
        api::ApiClient client(m_service->url(), api::TlsPolicy(m_service->fingerprint()));
        ui::MainWindow window(client);
        window.resize(900, 560);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(textOf(window, "stateLabel"),
                                  QStringLiteral("サービスは正常に稼働しています。"), 30'000);
        QCOMPARE(textOf(window, "databaseValue"), QStringLiteral("利用可能"));
        QCOMPARE(textOf(window, "connectionLabel"), QStringLiteral("127.0.0.1 に接続中"));
        QCOMPARE(textOf(window, "heading"), QStringLiteral("サービスの状態"));
        saveScreenshot(window, QStringLiteral("mainwindow-ja"));
        useLanguage(QStringLiteral("en"));
    }

    void refreshShowsWhenTheServiceIsGone()
    {
        useLanguage(QStringLiteral("en"));
        service::LocalService doomed;
        QSignalSpy ready(&doomed, &service::LocalService::ready);
        doomed.start(m_dataDir.filePath(QStringLiteral("doomed")), {}, 60'000);
        QVERIFY(ready.wait(60'000));
        api::ApiClient client(doomed.url(), api::TlsPolicy(doomed.fingerprint()));
        ui::MainWindow window(client);
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(textOf(window, "stateLabel"),
                                  QStringLiteral("The service is running normally."), 30'000);

        doomed.stop();
        auto *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(textOf(window, "stateLabel")
                                     .startsWith(QStringLiteral("The service is not reachable. "
                                                                "The service cannot be reached.")),
                                 30'000);
        QCOMPARE(textOf(window, "connectionLabel"), QStringLiteral("Not connected"));
        QVERIFY(textOf(window, "versionValue").isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
