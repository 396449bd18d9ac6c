// The users page's CSV files against a real kanri-service (demo data): import from UTF-8,
// UTF-8 with BOM and Shift_JIS with Japanese names, a file with bad rows that sends nothing,
// an import interrupted by a stopped service that resumes without duplicates, and an export of
// the view written whole (or a reason why not).
#include "accounts/usercsv.h"
#include "accounts/userimporter.h"
#include "dialogs/importdialog.h"
#include "userspagetest.h"

#include <QPointer>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>

using namespace kanri;

class TestUsersCsv : public test::UsersPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(signIn()); }

    void importShowsBadRowsAndSendsOnlyWhenConfirmed_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("utf-8");
        QTest::newRow("utf-8 bom") << QStringLiteral("bom");
        QTest::newRow("shift_jis") << QStringLiteral("sjis");
    }

    void importShowsBadRowsAndSendsOnlyWhenConfirmed()
    {
        QFETCH(QString, encoding);
        QString text = QStringLiteral("login,name,name_kana,email,password,roles\r\n");
        for (int i = 0; i < 3; ++i)
            text += QStringLiteral("imp.%1.%2@demo.example,輸入 %2郎,ユニュウ,imp.%1.%2@demo.example,abc12345,general@/関東支店[download]\r\n")
                        .arg(encoding)
                        .arg(i);
        const QByteArray bytes = encoding == u"sjis"  ? QByteArray(QStringEncoder("Shift_JIS").encode(text))
                                 : encoding == u"bom" ? QByteArray("\xEF\xBB\xBF" + text.toUtf8())
                                                      : text.toUtf8();
        auto page = openPage();
        page->importFrom(writeFile(encoding + QStringLiteral(".csv"), bytes));
        QPointer<ui::ImportDialog> dialog = test::visibleTopLevel<ui::ImportDialog>();
        QVERIFY(dialog);
        QSignalSpy ready(dialog.data(), &ui::ImportDialog::previewReady);
        QVERIFY(ready.wait(30'000));
        QVERIFY2(dialog->plan().canImport(), qPrintable(test::textOf(*dialog, "importSummary")));
        QVERIFY(serviceUser(QStringLiteral("imp.%1.0@demo.example").arg(encoding)).isEmpty()); // nothing sent yet
        QSignalSpy imported(dialog.data(), &ui::ImportDialog::imported);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        QVERIFY(imported.wait(60'000));
        QCOMPARE(imported.first().first().toLongLong(), 0);
        const QJsonObject user = serviceUser(QStringLiteral("imp.%1.2@demo.example").arg(encoding));
        QCOMPARE(user[QStringLiteral("name")].toString(), QStringLiteral("輸入 2郎"));
        QCOMPARE(user[QStringLiteral("name_kana")].toString(), QStringLiteral("ユニュウ"));
        dialog->close();
    }

    void previewSaysWhatAStatusDoes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("disabled");
        QTest::addColumn<QString>("locked");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("OK. Created disabled.")
                            << QStringLiteral("OK. Created active: the service sets \"locked\" itself.");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("OK。無効の状態で作成します。")
                            << QStringLiteral("OK。有効の状態で作成します（「locked」はサービス側で設定される状態です）。");
    }

    void previewSaysWhatAStatusDoes()
    {
        QFETCH(QString, language);
        QFETCH(QString, disabled);
        QFETCH(QString, locked);
        test::useLanguage(language);
        const QString text = QStringLiteral("login,name,email,status\r\n"
                                            "st.1@demo.example,状態 一郎,st.1@demo.example,active\r\n"
                                            "st.2@demo.example,状態 二郎,st.2@demo.example,disabled\r\n"
                                            "st.3@demo.example,状態 三郎,st.3@demo.example,locked\r\n");
        auto page = openPage();
        page->importFrom(writeFile(QStringLiteral("status.csv"), text.toUtf8()));
        QPointer<ui::ImportDialog> dialog = test::visibleTopLevel<ui::ImportDialog>();
        QVERIFY(dialog);
        QSignalSpy ready(dialog.data(), &ui::ImportDialog::previewReady);
        QVERIFY(ready.wait(30'000));
        auto *preview = dialog->findChild<QTableWidget *>();
        QVERIFY(preview);
        const int outcome = preview->columnCount() - 1;
        QCOMPARE(preview->item(0, outcome)->text(), QStringLiteral("OK"));
        QCOMPARE(preview->item(1, outcome)->text(), disabled);
        QCOMPARE(preview->item(2, outcome)->text(), locked);
        test::saveScreenshot(*dialog, QStringLiteral("users-import-statuses-") + language);
        dialog->close();
        test::useLanguage(QStringLiteral("en"));
    }

    void importWithBadRowsSendsNothing()
    {
        QString text = QStringLiteral("login,name,email,password\r\n");
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("bad.%1@demo.example,名前 %1,bad.%1@demo.example,%2\r\n").arg(i).arg(i % 17 == 5 ? QStringLiteral("weak") : QStringLiteral("abc12345"));
        auto page = openPage();
        page->importFrom(writeFile(QStringLiteral("bad.csv"), text.toUtf8()));
        QPointer<ui::ImportDialog> dialog = test::visibleTopLevel<ui::ImportDialog>();
        QSignalSpy ready(dialog.data(), &ui::ImportDialog::previewReady);
        QVERIFY(ready.wait(30'000));
        QCOMPARE(dialog->plan().rows.size(), 50);
        QCOMPARE(dialog->plan().errorRows(), 3); // rows 5, 22 and 39
        QVERIFY(test::textOf(*dialog, "importSummary").contains(QStringLiteral("3 row")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        test::saveScreenshot(*dialog, QStringLiteral("users-import-errors-en"));
        QVERIFY(serviceUser(QStringLiteral("bad.0@demo.example")).isEmpty());
        dialog->close();
    }

    void exportWritesTheViewWholeOrSaysWhyNot()
    {
        auto page = openPage();
        search(*page, QStringLiteral("sato"));
        const int shown = page->model()->rowCount();
        QVERIFY(shown >= 1);
        const QString path = m_files.filePath(QStringLiteral("sato.csv"));
        QVERIFY(!writeFile(QStringLiteral("sato.csv"), "an earlier file").isEmpty());
        QSignalSpy finished(page.get(), &ui::UsersPage::exportFinished);
        page->exportTo(path);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Japanese Excel
        QCOMPARE(bytes.count("\r\n"), shown + 1);  // the header and the rows shown, nothing else
        for (int row = 0; row < shown; ++row)
            QVERIFY(bytes.contains(page->model()->index(row, int(UserListModel::Column::Login)).data().toString().toUtf8()));

        // A folder that cannot be written: the message says where and why, and nothing is left.
        const QString nowhere = m_files.filePath(QStringLiteral("missing/users.csv"));
        finished.clear();
        page->exportTo(nowhere);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        const QString message = test::textOf(*page, "actionMessage");
        QVERIFY2(message.startsWith(QStringLiteral("The users could not be written to %1: ").arg(QDir::toNativeSeparators(nowhere)))
                     && message.size() > nowhere.size() + 40,
                 qPrintable(message));
        QVERIFY(!QFile::exists(nowhere));
    }

    void importInterruptedResumesWithoutDuplicates()
    {
        QString text = QStringLiteral("login,name,email,password\r\n");
        for (int i = 0; i < 12; ++i)
            text += QStringLiteral("resume.%1@demo.example,再開 %1,resume.%1@demo.example,abc12345\r\n").arg(i);
        accounts::ImportContext context;
        const accounts::ImportPlan plan = accounts::planImport(text.toUtf8(), context);
        QVERIFY(plan.canImport());
        const int port = m_ws.service().url().port();
        accounts::UserImporter importer(m_ws.workspace().client(), plan);
        QSignalSpy interrupted(&importer, &accounts::UserImporter::interrupted);
        connect(&importer, &accounts::UserImporter::rowFinished, this, [this](qsizetype index) {
            if (index == 5)
                m_ws.service().stop(); // the service goes away half-way
        });
        importer.start();
        QVERIFY(interrupted.wait(120'000));
        QCOMPARE(importer.doneRows(), 6);
        // The service is back on the same address: the import resumes after the rows done.
        QVERIFY(m_ws.service().restart({QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}));
        QCOMPARE(m_ws.service().url().port(), port);
        QSignalSpy finished(&importer, &accounts::UserImporter::finished);
        importer.resume();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toLongLong(), 0);
        // The same file again (a console restarted mid-import does this): every row is
        // answered with its first result, none is registered twice.
        accounts::UserImporter again(m_ws.workspace().client(), plan);
        QSignalSpy againFinished(&again, &accounts::UserImporter::finished);
        again.start();
        QVERIFY(againFinished.wait(120'000));
        QCOMPARE(againFinished.first().first().toLongLong(), 0);
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        const QJsonArray items = m_ws.service().get(QStringLiteral("/users?q=resume.&limit=100"), m_token).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 12);
        QVERIFY(again.reportCsv().contains("resume.11@demo.example,created"));
    }
};

QTEST_MAIN(TestUsersCsv)
#include "tst_userscsv.moc"
