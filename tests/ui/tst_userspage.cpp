// The users page and the roles & access page against a real kanri-service (demo data): the
// table over the cache with its total, search as you type in Japanese, register (a weak
// password refused live, with the rule), assign a role on a folder and see it in the tree,
// disable, delete with its confirmation, undo, the 412 conflict path, select all, and an
// administrator who cannot act outside its scope. Screenshots in ja/en. CSV import and export
// are in tst_userscsv.
#include "dialogs/assignroledialog.h"
#include "dialogs/userdialog.h"
#include "pages/displaytext.h"
#include "pages/rolespage.h"
#include "userspagetest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>

using namespace kanri;

class TestUsersPage : public test::UsersPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(signIn()); }

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
        QPointer<QMessageBox> askDisable = test::visibleTopLevel<QMessageBox>();
        QVERIFY(askDisable);
        QCOMPARE(askDisable->objectName(), QStringLiteral("disableConfirmation"));
        QCOMPARE(askDisable->windowTitle(), QStringLiteral("Disable 佐藤 華子?"));
        test::saveScreenshot(*askDisable, QStringLiteral("users-disable-en"));
        QVERIFY(askDisable->text().contains(QStringLiteral("• 佐藤 華子 (sato.hanako@demo.example)")));
        askDisable->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(serviceUser(QStringLiteral("sato.hanako@demo.example"))[QStringLiteral("status")].toString(),
                                  QStringLiteral("disabled"), 30'000);
        // Undo (Ctrl+Z on the page) enables her again; undoing that disables her once more.
        QToolButton *undo = offeredUndo(*page);
        QVERIFY(undo);
        QCOMPARE(undo->toolTip(), QStringLiteral("Enable the account again"));
        // The key goes to the window that has the focus: once the box is gone, the page's.
        QTRY_VERIFY(!askDisable);
        page->activateWindow();
        QTRY_COMPARE(QGuiApplication::focusWindow(), page->windowHandle());
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

            // Disable with its confirmation, then the offer to undo it, which is taken.
            search(*page, QStringLiteral("佐藤"));
            selectRow(*page, 0);
            const QString login = page->model()->index(0, int(UserListModel::Column::Login)).data().toString();
            page->commands().disable->trigger();
            auto *ask = test::visibleTopLevel<QMessageBox>();
            QVERIFY(ask);
            QVERIFY(ask->text().startsWith(QStringLiteral("次のアカウントはサインインできなくなり")));
            test::saveScreenshot(*ask, QStringLiteral("users-disable-ja"));
            ask->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
            QToolButton *undo = offeredUndo(*page);
            QVERIFY(undo);
            QCOMPARE(undo->toolTip(), QStringLiteral("1 件のアカウントを再び有効化する"));
            test::saveScreenshot(*page, QStringLiteral("users-undo-ja"));
            undo->click();
            QTRY_COMPARE_WITH_TIMEOUT(serviceUser(login)[QStringLiteral("status")].toString(), QStringLiteral("active"), 30'000);

            // Delete with a selection of every user: ten listed, the rest counted, oneself left out.
            search(*page, QString());
            page->findChild<QTableView *>(QStringLiteral("usersTable"))->selectAll();
            QTRY_COMPARE_WITH_TIMEOUT(page->selection().users.size(), qsizetype(page->model()->rowCount()), 30'000);
            page->commands().remove->trigger();
            QPointer<QMessageBox> confirm = test::visibleTopLevel<QMessageBox>();
            QVERIFY(confirm);
            QVERIFY(confirm->text().endsWith(QStringLiteral("ご自身のアカウントは対象外です。")));
            test::saveScreenshot(*confirm, QStringLiteral("users-delete-many-ja"));
            confirm->reject();
            QTRY_VERIFY(!confirm);
        }
        test::useLanguage(QStringLiteral("en"));
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
