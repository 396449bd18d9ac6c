#pragma once

// What the users page tests share: a workspace signed in as the demo's contract administrator
// against a real kanri-service, the page opened on it, and ways to type, search, select and
// ask the service what it has.
#include "accounts/userlistmodel.h"
#include "pages/userspage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QJsonArray>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>

namespace kanri::test {

class UsersPageTest : public QObject
{
protected:
    using UserListModel = accounts::UserListModel;

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

    // Signs in as the contract administrator, in English.
    bool signIn()
    {
        useLanguage(QStringLiteral("en"));
        if (!m_ws.open(QStringLiteral("keiyaku@demo.example")))
            return false;
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        return !m_token.isEmpty();
    }
};

} // namespace kanri::test
