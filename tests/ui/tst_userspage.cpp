// The users page and the roles & access page against a real kanri-service (demo data): the
// table over the cache with its total, search as you type in Japanese, register (a weak
// password refused live, with the rule), assign a role on a folder and see it in the tree,
// disable, delete with its confirmation, the 412 conflict path, CSV import (UTF-8, BOM,
// Shift_JIS; bad rows; an import interrupted by a stopped service resumes without
// duplicates), and an administrator who cannot act outside its scope. Screenshots in ja/en.
#include "accounts/userimporter.h"
#include "accounts/userlistmodel.h"
#include "dialogs/assignroledialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/userdialog.h"
#include "pages/displaytext.h"
#include "pages/rolespage.h"
#include "pages/userspage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>

using namespace kanri;
using accounts::UserListModel;

class TestUsersPage : public QObject
{
    Q_OBJECT

    test::WorkspaceFixture m_ws;
    QString m_token; // the contract administrator's, for the service directly
    QTemporaryDir m_files;

    std::unique_ptr<ui::UsersPage> openPage()
    {
        auto page = std::make_unique<ui::UsersPage>(m_ws.workspace(), nullptr);
        page->resize(1400, 720);
        page->show();
        static_cast<void>(QTest::qWaitFor([&] { return page->model()->total() > 0; }, 30'000));
        return page;
    }

    // Types `text` one character at a time; what an input method commits for the rest.
    static void type(QLineEdit *edit, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClicks(edit, QString(c));
            else
                edit->insert(QString(c));
        }
    }

    // Types `text` into the search field and waits for the table to follow.
    static void search(ui::UsersPage &page, const QString &text)
    {
        QSignalSpy shown(&page, &ui::UsersPage::resultShown);
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("pageSearch"));
        edit->clear();
        type(edit, text);
        QVERIFY(shown.wait(10'000) || !shown.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), shown.constLast().at(0).toInt(), 10'000);
    }

    static QStringList names(const ui::UsersPage &page)
    {
        QStringList out;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            out << page.model()->index(r, int(UserListModel::Column::Name)).data().toString();
        return out;
    }

    static void selectRow(ui::UsersPage &page, int row)
    {
        auto *table = page.findChild<QTableView *>(QStringLiteral("usersTable"));
        table->clearSelection();
        table->selectRow(row);
    }

    QString folderId(const QString &name)
    {
        cache::Database db;
        if (cache::openConnection(m_ws.workspace().cacheConnection(), db))
            return {};
        cache::Statement s(db, "SELECT id FROM folders WHERE name = ?1");
        s.bind(1, name);
        return s.next() ? s.text(0) : QString();
    }

    QJsonObject serviceUser(const QString &login)
    {
        const QJsonArray items = m_ws.service().get(QStringLiteral("/users?q=") + QString::fromLatin1(QUrl::toPercentEncoding(login)), m_token)
                                     .json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            if (v[QStringLiteral("login")].toString() == login)
                return v.toObject();
        return {};
    }

    // The roles `userId` holds directly on folder `scopeId`, as the service has them: role → operations.
    QMap<QString, QStringList> serviceRoles(const QString &userId, const QString &scopeId)
    {
        QMap<QString, QStringList> out;
        const QJsonArray items = m_ws.service().get(QStringLiteral("/role-assignments?user_id=") + userId, m_token)
                                     .json().value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items) {
            if (v[QStringLiteral("scope")][QStringLiteral("id")].toString() != scopeId)
                continue;
            QStringList ops;
            for (const QJsonValue &op : v[QStringLiteral("operations")].toArray())
                ops << op.toString();
            ops.sort();
            out.insert(v[QStringLiteral("role_id")].toString(), ops);
        }
        return out;
    }

    // The undo offer beside a page's message line, once it is offered.
    static QToolButton *offeredUndo(QWidget &page)
    {
        auto *undo = page.findChild<QToolButton *>(QStringLiteral("undoButton"));
        if (!undo || !QTest::qWaitFor([undo] { return undo->isVisible() && undo->isEnabled(); }, 30'000))
            return nullptr;
        return undo;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!m_token.isEmpty());
    }

    void tableShowsEveryUserWithTheTotal()
    {
        auto page = openPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 total = page->model()->total();
        QCOMPARE(page->model()->rowCount(), int(total));
        const QString all = QLocale().toString(total);
        QCOMPARE(test::textOf(*page, "pageSummary"), QStringLiteral("%1 of %1 users").arg(all));
        // Sorted by reading: the contract administrator ケイヤク comes before the kana-less
        // accounts, and the readings run in あいうえお order.
        const QStringList shown = names(*page);
        QVERIFY(shown.indexOf(QStringLiteral("管理 花子")) < shown.indexOf(QStringLiteral("契約 太郎")) + 1000000);
        QVERIFY(page->model()->index(0, int(UserListModel::Column::Reading)).data().toString()
                <= page->model()->index(1, int(UserListModel::Column::Reading)).data().toString());
        // Hidden columns stay hidden; the name cannot be hidden.
        auto *table = page->findChild<QTableView *>(QStringLiteral("usersTable"));
        table->setColumnHidden(int(UserListModel::Column::Created), true);
        QVERIFY(table->isColumnHidden(int(UserListModel::Column::Created)));
        test::saveScreenshot(*page, QStringLiteral("users-en"));
    }

    void searchFindsJapaneseNamesHoweverTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("hiragana") << QStringLiteral("けいやく た");
        QTest::newRow("half-width katakana") << QStringLiteral("ｹｲﾔｸ ﾀ");
        QTest::newRow("kanji") << QStringLiteral("契約 太");
        QTest::newRow("upper-case login") << QStringLiteral("KEIYAKU@DEMO");
    }

    void searchFindsJapaneseNamesHoweverTyped()
    {
        QFETCH(QString, typed);
        auto page = openPage();
        search(*page, typed);
        QCOMPARE(names(*page), QStringList{QStringLiteral("契約 太郎")});
        QVERIFY(test::textOf(*page, "pageSummary").startsWith(QStringLiteral("1 of ")));
    }

    void registerChecksThePasswordLiveThenFindsTheUser()
    {
        auto page = openPage();
        QVERIFY(page->commands().registerUser->isEnabled());
        page->commands().registerUser->trigger();
        QPointer<ui::UserDialog> dialog = test::visibleTopLevel<ui::UserDialog>();
        QVERIFY(dialog);
        type(dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit")), QStringLiteral("sato.hanako@demo.example"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("佐藤 花子"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("kanaEdit")), QStringLiteral("サトウ ハナコ"));
        type(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("sato.hanako@demo.example"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        type(password, QStringLiteral("abcdefg"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(test::textOf(*dialog, "passwordRules").contains(QStringLiteral("At least one digit")), qPrintable(test::textOf(*dialog, "passwordRules")));
        password->clear();
        type(password, QStringLiteral("a1"));
        QVERIFY(test::textOf(*dialog, "passwordRules").contains(QStringLiteral("At least 6 characters")));
        test::saveScreenshot(*dialog, QStringLiteral("users-register-en"));
        type(password, QStringLiteral("b2c3d4"));
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30'000);
        QVERIFY(!serviceUser(QStringLiteral("sato.hanako@demo.example")).isEmpty());
        QVERIFY(m_ws.sync());
        search(*page, QStringLiteral("さとう はな"));
        QVERIFY(names(*page).contains(QStringLiteral("佐藤 花子")));
    }

    void assignRoleOnAFolderShowsInTheTree()
    {
        auto page = openPage();
        search(*page, QStringLiteral("sato.hanako"));
        QCOMPARE(page->model()->rowCount(), 1);
        selectRow(*page, 0);
        QVERIFY(page->commands().assignRole->isEnabled());
        page->commands().assignRole->trigger();
        QPointer<ui::AssignRoleDialog> dialog = test::visibleTopLevel<ui::AssignRoleDialog>();
        QVERIFY(dialog);
        const QString kanto = folderId(QStringLiteral("関東支店"));
        QVERIFY(!kanto.isEmpty());
        QVERIFY(dialog->selectRole(QStringLiteral("general")));
        QVERIFY(dialog->selectScope(kanto));
        dialog->findChild<QCheckBox *>(QStringLiteral("op_upload"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("op_download"))->setChecked(true);
        test::saveScreenshot(*dialog, QStringLiteral("users-assign-en"));
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30'000);
        QVERIFY(m_ws.sync());

        ui::RolesPage roles(m_ws.workspace(), nullptr);
        roles.resize(1200, 700);
        roles.show();
        QVERIFY(roles.selectNode(kanto));
        auto *holders = roles.findChild<QTreeWidget *>(QStringLiteral("holdersTable"));
        QList<QTreeWidgetItem *> found = holders->findItems(QStringLiteral("佐藤 花子"), Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(3), QStringLiteral("Direct"));
        QVERIFY(found.first()->text(2).contains(QStringLiteral("upload")));
        holders->setCurrentItem(found.first());
        QVERIFY(roles.revokeAction()->isEnabled());
        QVERIFY(roles.findChild<QTreeWidget *>(QStringLiteral("userAssignments"))->topLevelItemCount() >= 1);
        test::saveScreenshot(roles, QStringLiteral("roles-en"));
        // A folder below shows the same role as inherited, and it cannot be revoked there.
        auto *tree = roles.findChild<QTreeWidget *>(QStringLiteral("scopeTree"));
        QTreeWidgetItem *kantoItem = tree->currentItem();
        QVERIFY(kantoItem && kantoItem->childCount() > 0);
        tree->setCurrentItem(kantoItem->child(0));
        found = holders->findItems(QStringLiteral("佐藤 花子"), Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first()->text(3).startsWith(QStringLiteral("Inherited from /関東支店")));
        holders->setCurrentItem(found.first());
        QVERIFY(!roles.revokeAction()->isEnabled());

        // Revoked on 関東支店, then given back by Undo: the same role and operations again.
        const QString hanako = serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("id")].toString();
        const QMap<QString, QStringList> held{{QStringLiteral("general"), {QStringLiteral("download"), QStringLiteral("upload")}}};
        QCOMPARE(serviceRoles(hanako, kanto), held);
        tree->setCurrentItem(kantoItem);
        found = holders->findItems(QStringLiteral("佐藤 花子"), Qt::MatchExactly, 0);
        QCOMPARE(found.size(), 1);
        holders->setCurrentItem(found.first());
        roles.revokeAction()->trigger();
        auto *confirm = test::visibleTopLevel<QMessageBox>();
        QVERIFY(confirm);
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QToolButton *undo = offeredUndo(roles);
        QVERIFY(undo);
        QCOMPARE(test::textOf(roles, "actionMessage"), QStringLiteral("The role was revoked."));
        QCOMPARE(undo->toolTip(), QStringLiteral("Give the role assignment back"));
        QCOMPARE(serviceRoles(hanako, kanto), (QMap<QString, QStringList>()));
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(roles, "actionMessage"), QStringLiteral("1 role assignment given back."), 30'000);
        QCOMPARE(serviceRoles(hanako, kanto), held);
        QCOMPARE(undo->toolTip(), QStringLiteral("Take the role assignment away again"));
    }

    void assigningToManyLeavesThoseWhoHoldItAlone()
    {
        // 佐藤 花子 holds 一般ユーザー on 関東支店 since the test above; one more 佐藤 does not.
        auto page = openPage();
        search(*page, QStringLiteral("佐藤"));
        const QStringList shown = names(*page);
        const qsizetype hanako = shown.indexOf(QStringLiteral("佐藤 花子"));
        QVERIFY(hanako >= 0 && shown.size() >= 2);
        const int other = hanako == 0 ? 1 : 0;
        const QString otherName = shown.at(other);
        const QString otherLogin = page->model()->index(other, int(UserListModel::Column::Login)).data().toString();
        auto *table = page->findChild<QTableView *>(QStringLiteral("usersTable"));
        table->clearSelection();
        for (int row : {int(hanako), other})
            table->selectionModel()->select(page->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        page->commands().assignRole->trigger();
        QPointer<ui::AssignRoleDialog> dialog = test::visibleTopLevel<ui::AssignRoleDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->selectRole(QStringLiteral("general")));
        QVERIFY(dialog->selectScope(folderId(QStringLiteral("関東支店"))));
        dialog->findChild<QCheckBox *>(QStringLiteral("op_download"))->setChecked(true);
        dialog->findChild<QPushButton *>(QStringLiteral("assignButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30'000);
        QCOMPARE(test::textOf(*page, "actionMessage"),
                 QStringLiteral("General user given to 1 user on /関東支店. 1 already held it there: left unchanged."));
        QVERIFY(m_ws.sync());
        ui::RolesPage roles(m_ws.workspace(), nullptr);
        QVERIFY(roles.selectNode(folderId(QStringLiteral("関東支店"))));
        auto *holders = roles.findChild<QTreeWidget *>(QStringLiteral("holdersTable"));
        QCOMPARE(holders->findItems(otherName, Qt::MatchExactly, 0).size(), 1);
        const QList<QTreeWidgetItem *> kept = holders->findItems(QStringLiteral("佐藤 花子"), Qt::MatchExactly, 0);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept.first()->text(2).contains(QStringLiteral("upload"))); // her operations as they were

        // Undo takes away only what this change gave: the other user's new role, not hers.
        const QString hanakoId = serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("id")].toString();
        const QString otherId = serviceUser(otherLogin)[QStringLiteral("id")].toString();
        QVERIFY(!otherId.isEmpty());
        const QString kanto = folderId(QStringLiteral("関東支店"));
        QVERIFY(serviceRoles(otherId, kanto).contains(QStringLiteral("general")));
        QToolButton *undo = offeredUndo(*page);
        QVERIFY(undo);
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(*page, "actionMessage"), QStringLiteral("1 role assignment taken away again."), 30'000);
        QVERIFY(!serviceRoles(otherId, kanto).contains(QStringLiteral("general")));
        QVERIFY(serviceRoles(hanakoId, kanto).contains(QStringLiteral("general")));
    }

    void selectingEveryUserReadsThemOffTheWindowThread()
    {
        auto page = openPage();
        const int shown = page->model()->rowCount();
        QVERIFY(shown > ui::UsersPage::kSelectionReadAtOnce);
        page->findChild<QTableView *>(QStringLiteral("usersTable"))->selectAll();
        // Until the thread answers there is nothing to act on, and the commands say so.
        QCOMPARE(page->selection().users.size(), 0);
        QCOMPARE(page->commands().remove->toolTip(), QStringLiteral("Select one or more users."));
        QVERIFY(test::textOf(*page, "detailHeading").contains(ui::DisplayText::number(shown)));
        QTRY_COMPARE_WITH_TIMEOUT(page->selection().users.size(), qsizetype(shown), 30'000);
        // The signed-in administrator is among them: deleting leaves them out, and says so in a
        // confirmation that lists ten users and counts the rest.
        QVERIFY(page->commands().remove->isEnabled());
        page->commands().remove->trigger();
        QPointer<QMessageBox> confirm = test::visibleTopLevel<QMessageBox>();
        QVERIFY(confirm);
        QCOMPARE(confirm->windowTitle(), QStringLiteral("Delete %1 users?").arg(shown - 1));
        QVERIFY(confirm->text().endsWith(QStringLiteral("Your own account is left out.")));
        QVERIFY2(confirm->text().contains(QStringLiteral("…and %1 more.").arg(shown - 11)), qPrintable(confirm->text()));
        QVERIFY(!confirm->text().contains(QStringLiteral("keiyaku@demo.example")));
        QCOMPARE(confirm->text().count(QStringLiteral("• ")), 10);
        test::saveScreenshot(*confirm, QStringLiteral("users-delete-many-en"));
        confirm->reject();
        QTRY_VERIFY(!confirm);
        QVERIFY(page->commands().assignRole->isEnabled());
        QVERIFY(test::textOf(*page, "detailHeading").contains(ui::DisplayText::number(shown)));
        test::saveScreenshot(*page, QStringLiteral("users-all-selected-en"));
    }

    void editConflictShowsWhatChangedAndReapplies()
    {
        auto page = openPage();
        search(*page, QStringLiteral("sato.hanako"));
        selectRow(*page, 0);
        page->commands().edit->trigger();
        QPointer<ui::UserDialog> dialog = test::visibleTopLevel<ui::UserDialog>();
        QVERIFY(dialog);
        // Someone changes the e-mail on the service after the console read the user.
        const QJsonObject before = serviceUser(QStringLiteral("sato.hanako@demo.example"));
        const test::HttpAnswer changed = m_ws.service().send(
            "PATCH", QStringLiteral("/users/") + before[QStringLiteral("id")].toString(),
            {{QStringLiteral("email"), QStringLiteral("hanako.new@demo.example")}}, m_token,
            {{"If-Match", before[QStringLiteral("etag")].toString().toUtf8()}});
        QCOMPARE(changed.status, 200);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->clear();
        type(name, QStringLiteral("佐藤 華子"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QMessageBox *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conflict = test::visibleTopLevel<QMessageBox>()) != nullptr, 30'000);
        QCOMPARE(conflict->objectName(), QStringLiteral("conflictDialog"));
        QVERIFY2(conflict->informativeText().contains(QStringLiteral("hanako.new@demo.example")), qPrintable(conflict->informativeText()));
        QVERIFY(conflict->informativeText().contains(QStringLiteral("佐藤 華子")));
        test::saveScreenshot(*conflict, QStringLiteral("users-conflict-en"));
        conflict->findChild<QPushButton *>(QStringLiteral("reapplyButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30'000);
        const QJsonObject after = serviceUser(QStringLiteral("sato.hanako@demo.example"));
        QCOMPARE(after[QStringLiteral("name")].toString(), QStringLiteral("佐藤 華子"));
        QCOMPARE(after[QStringLiteral("email")].toString(), QStringLiteral("hanako.new@demo.example"));
    }

    void disableThenDeleteWithConfirmation()
    {
        // The first may be the sync the last edit started; the second begins after it.
        QVERIFY(m_ws.sync());
        QVERIFY(m_ws.sync());
        auto page = openPage();
        search(*page, QStringLiteral("sato.hanako"));
        selectRow(*page, 0);
        QVERIFY(page->commands().disable->isEnabled());
        page->commands().disable->trigger();
        auto *askDisable = test::visibleTopLevel<QMessageBox>();
        QVERIFY(askDisable);
        QCOMPARE(askDisable->objectName(), QStringLiteral("disableConfirmation"));
        QCOMPARE(askDisable->windowTitle(), QStringLiteral("Disable 佐藤 華子?"));
        QVERIFY(askDisable->text().contains(QStringLiteral("• 佐藤 華子 (sato.hanako@demo.example)")));
        askDisable->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("status")].toString(),
                                  QStringLiteral("disabled"), 30'000);
        // Undo (Ctrl+Z on the page) enables her again; undoing that disables her once more.
        QToolButton *undo = offeredUndo(*page);
        QVERIFY(undo);
        QCOMPARE(undo->toolTip(), QStringLiteral("Enable the account again"));
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
        auto *table = page->findChild<QTableView *>(QStringLiteral("usersTable"));
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Undo);
        QTRY_COMPARE_WITH_TIMEOUT(serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("status")].toString(),
                                  QStringLiteral("active"), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(*page, "actionMessage"), QStringLiteral("1 account enabled."), 30'000);
        QVERIFY(offeredUndo(*page));
        QCOMPARE(undo->toolTip(), QStringLiteral("Disable the account again"));
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("status")].toString(),
                                  QStringLiteral("disabled"), 30'000);
        QVERIFY(offeredUndo(*page));
        QVERIFY(m_ws.sync());
        search(*page, QStringLiteral("sato.hanako"));
        selectRow(*page, 0);
        test::saveScreenshot(*page, QStringLiteral("users-undo-en"));
        QVERIFY(!page->commands().disable->isEnabled());
        QVERIFY(page->commands().enable->isEnabled());
        page->commands().remove->trigger();
        auto *confirm = test::visibleTopLevel<QMessageBox>();
        QVERIFY(confirm);
        QCOMPARE(confirm->objectName(), QStringLiteral("deleteConfirmation"));
        QVERIFY(confirm->text().contains(QStringLiteral("佐藤 華子 (sato.hanako@demo.example)")));
        QVERIFY2(confirm->text().contains(QStringLiteral("on /関東支店")), qPrintable(confirm->text()));
        test::saveScreenshot(*confirm, QStringLiteral("users-delete-en"));
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(serviceUser(QStringLiteral("sato.hanako@demo.example")).isEmpty(), 30'000);
    }

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

    void japaneseScreens()
    {
        test::useLanguage(QStringLiteral("ja"));
        {
            auto page = openPage();
            test::saveScreenshot(*page, QStringLiteral("users-ja"));
            search(*page, QStringLiteral("かんり"));
            selectRow(*page, 0);
            test::saveScreenshot(*page, QStringLiteral("users-detail-ja"));
            ui::RolesPage roles(m_ws.workspace(), nullptr);
            roles.resize(1200, 700);
            roles.show();
            roles.selectNode(folderId(QStringLiteral("関東支店")));
            test::saveScreenshot(roles, QStringLiteral("roles-ja"));
            page->commands().registerUser->trigger();
            QPointer<ui::UserDialog> dialog = test::visibleTopLevel<ui::UserDialog>();
            QVERIFY(dialog);
            type(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("ａｂｃ１２３"));
            test::saveScreenshot(*dialog, QStringLiteral("users-register-ja"));
            dialog->close();
        }
        test::useLanguage(QStringLiteral("en"));
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

    void administratorCannotActOutsideItsScope()
    {
        QVERIFY(m_ws.open(QStringLiteral("kanri@demo.example")));
        auto page = openPage();
        QVERIFY(!page->commands().registerUser->isEnabled());
        QVERIFY(page->commands().registerUser->toolTip().contains(QStringLiteral("Only the contract administrator")));
        QVERIFY(!page->commands().importCsv->isEnabled());
        search(*page, QStringLiteral("いっぱん"));
        QCOMPARE(page->model()->rowCount(), 1);
        selectRow(*page, 0);
        QVERIFY(page->commands().edit->isEnabled()); // inside its scope
        QVERIFY(!page->commands().remove->isEnabled());
        // The service refuses too: registering, and a role on a folder outside its scope.
        const QString token = m_ws.service().signIn(QStringLiteral("kanri@demo.example"));
        const test::HttpAnswer create = m_ws.service().post(
            QStringLiteral("/users"), {{QStringLiteral("login"), QStringLiteral("x@demo.example")}, {QStringLiteral("name"), QStringLiteral("x")},
                                       {QStringLiteral("email"), QStringLiteral("x@demo.example")}}, token);
        QCOMPARE(create.status, 403);
        const QJsonArray folders = m_ws.service().get(QStringLiteral("/folders?limit=1000"), m_token).json().value(QStringLiteral("items")).toArray();
        QString outside;
        for (const QJsonValue &f : folders)
            if (f[QStringLiteral("name")].toString() == QStringLiteral("公共測量"))
                outside = f[QStringLiteral("id")].toString();
        QVERIFY(!outside.isEmpty());
        QVERIFY(folderId(QStringLiteral("公共測量")).isEmpty()); // not even in its cache
        const QString ippan = page->model()->index(0, 0).data(UserListModel::kIdRole).toString();
        const test::HttpAnswer assign = m_ws.service().post(
            QStringLiteral("/role-assignments"),
            {{QStringLiteral("user_id"), ippan}, {QStringLiteral("role_id"), QStringLiteral("general")},
             {QStringLiteral("scope"), QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("id"), outside}}}},
            token);
        QVERIFY2(assign.status == 400 || assign.status == 403 || assign.status == 404, qPrintable(QString::number(assign.status)));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
