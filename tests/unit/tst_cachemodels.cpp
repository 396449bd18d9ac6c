// The item models over the cache: order (reading, then Japanese collation), search, lazily read
// rows at 100,000 users, and QAbstractItemModelTester on each.

#include "accounts/accessmap.h"
#include "accounts/userlistmodel.h"
#include "accounts/userquery.h"
#include "cache/cachestore.h"
#include "itemmodels/assignmenttablemodel.h"
#include "itemmodels/labeltablemodel.h"
#include "itemmodels/usertablemodel.h"
#include "sync/cachewriter.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kanri;
using itemmodels::AssignmentTableModel;
using itemmodels::LabelTableModel;
using itemmodels::UserTableModel;

namespace {

QJsonObject user(const QString &id, const QString &name, const QJsonValue &kana, const QString &email)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("login"), id}, {QStringLiteral("name"), name},
            {QStringLiteral("name_kana"), kana}, {QStringLiteral("email"), email},
            {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("mfa_enabled"), true},
            {QStringLiteral("last_login_at"), QJsonValue::Null}, {QStringLiteral("locked_until"), QJsonValue::Null},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")}, {QStringLiteral("etag"), QStringLiteral("r1")}};
}

QJsonObject assignment(const QString &id, const QString &userId, const QString &roleId, const QString &folderId)
{
    const QJsonObject scope = folderId.isEmpty()
                                  ? QJsonObject{{QStringLiteral("type"), QStringLiteral("tenant")}, {QStringLiteral("id"), QJsonValue::Null}}
                                  : QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")}, {QStringLiteral("id"), folderId}};
    return {{QStringLiteral("id"), id}, {QStringLiteral("user_id"), userId}, {QStringLiteral("role_id"), roleId},
            {QStringLiteral("scope"), scope}, {QStringLiteral("operations"), QJsonArray{QStringLiteral("view"), QStringLiteral("upload")}},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-02T00:00:00Z")}, {QStringLiteral("etag"), QStringLiteral("r1")}};
}

QByteArray page(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), QJsonValue::Null},
                                     {QStringLiteral("tombstones"), QJsonArray()}, {QStringLiteral("watermark"), QStringLiteral("1")}})
        .toJson(QJsonDocument::Compact);
}

void apply(cache::CacheStore &store, sync::Resource resource, const QJsonArray &items)
{
    auto parsed = sync::parseDeltaPage(resource, page(items));
    if (const auto *error = std::get_if<domain::DecodeError>(&parsed))
        QFAIL(qPrintable(error->toString()));
    sync::ResourceCounts counts;
    sync::CacheWriter writer(store.database());
    QVERIFY(!writer.applyDeltaPage(std::get<sync::ParsedPage>(parsed), counts));
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestCacheModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<cache::CacheStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<cache::CacheStore>(cache::CacheStore::inMemory());
        QVERIFY(!m_store->open());
        apply(*m_store, sync::Resource::Users,
              {user(QStringLiteral("u1"), QStringLiteral("山田 花子"), QStringLiteral("ヤマダ ハナコ"), QStringLiteral("hanako@x.example")),
               user(QStringLiteral("u2"), QStringLiteral("青木 一郎"), QStringLiteral("アオキ イチロウ"), QStringLiteral("aoki@x.example")),
               user(QStringLiteral("u3"), QStringLiteral("Zed Adams"), QJsonValue::Null, QStringLiteral("zed@x.example")),
               user(QStringLiteral("u4"), QStringLiteral("山田 華子"), QStringLiteral("ﾔﾏﾀﾞ ﾊﾅｺ"), QStringLiteral("hanako2@x.example")),
               user(QStringLiteral("u5"), QStringLiteral("Anna Berg"), QJsonValue::Null, QStringLiteral("ANNA@X.EXAMPLE"))});
        cache::Database &db = m_store->database();
        QVERIFY(db.exec(R"(INSERT INTO roles (id, position, name, json) VALUES
            ('admin', 0, 'Administrator', '{"display_names":{"ja":"管理者","en":"Administrator"}}'),
            ('general', 1, 'General user', '{"display_names":{"ja":"一般ユーザー","en":"General user"}}');
            INSERT INTO folders (id, name, parent_id, updated_at, json) VALUES ('f1', '設計部', NULL, 't', '{}');)"));
        apply(*m_store, sync::Resource::RoleAssignments,
              {assignment(QStringLiteral("a1"), QStringLiteral("u1"), QStringLiteral("general"), QStringLiteral("f1")),
               assignment(QStringLiteral("a2"), QStringLiteral("u1"), QStringLiteral("general"), QString()),
               assignment(QStringLiteral("a3"), QStringLiteral("u1"), QStringLiteral("admin"), QStringLiteral("f1")),
               assignment(QStringLiteral("a4"), QStringLiteral("u2"), QStringLiteral("admin"), QString())});
        QVERIFY(db.exec(R"(INSERT INTO labels (id, name, color, level, updated_at, json) VALUES
            ('l1', '機密', '#ff0000', 'confidential', 't', '{"description":"社外秘"}'),
            ('l2', 'アーカイブ', '#888888', 'public', 't', '{"description":""}');
            INSERT INTO label_assignments (id, label_id, target_type, target_id, json) VALUES
            ('la1', 'l1', 'folder', 'f1', '{}'), ('la2', 'l1', 'project', 'p1', '{}');)"));
    }

    void usersAreSortedByReadingThenName()
    {
        UserTableModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.columnCount(), int(UserTableModel::Column::Count));
        // アオキ, then both ヤマダ ハナコ (half-width reading folded) by name, then those
        // without a reading by name.
        QCOMPARE(column(model, int(UserTableModel::Column::Name)),
                 (QStringList{QStringLiteral("青木 一郎"), QStringLiteral("山田 花子"), QStringLiteral("山田 華子"),
                              QStringLiteral("Anna Berg"), QStringLiteral("Zed Adams")}));
        QCOMPARE(model.index(0, 0).data(UserTableModel::kIdRole).toString(), QStringLiteral("u2"));
        QCOMPARE(model.index(0, int(UserTableModel::Column::Email)).data().toString(), QStringLiteral("aoki@x.example"));
        QVERIFY(!model.index(0, int(UserTableModel::Column::Status)).data().toString().isEmpty());
        QVERIFY(!model.headerData(int(UserTableModel::Column::LastSignIn), Qt::Horizontal).toString().isEmpty());
    }

    void rolesAreSummarisedPerUser()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        UserTableModel model(m_store->connection());
        QVERIFY(model.reload());
        const int roles = int(UserTableModel::Column::Roles);
        QCOMPARE(model.index(1, 0).data(UserTableModel::kIdRole).toString(), QStringLiteral("u1"));
        QCOMPARE(model.index(1, roles).data().toString(), QStringLiteral("一般ユーザー (2), 管理者"));
        QCOMPARE(model.index(0, roles).data().toString(), QStringLiteral("管理者"));
        QCOMPARE(model.index(3, roles).data().toString(), QString());
        QLocale::setDefault(QLocale::c());
    }

    // What the users page's commands act on: the users of the selected rows, each once, with
    // their assignments in the role catalogue's order.
    void selectionReadsEachChosenUserWithTheirAssignments()
    {
        UserTableModel model(m_store->connection());
        QVERIFY(model.reload());
        QItemSelection selection(model.index(0, 0), model.index(1, 2)); // 青木, 山田 花子
        selection.select(model.index(1, 0), model.index(3, 0));         // 山田 花子 again, 山田 華子, Anna
        const QList<qint64> rows = model.rowIds(selection);
        QCOMPARE(rows.size(), 4);
        const accounts::SelectedUsers selected = accounts::cachedSelection(m_store->database(), rows);
        QStringList ids;
        for (const domain::User &u : selected.users)
            ids << u.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("u1"), QStringLiteral("u2"), QStringLiteral("u4"), QStringLiteral("u5")}));
        QStringList hers;
        for (const domain::RoleAssignment &a : selected.assignments.value(QStringLiteral("u1")))
            hers << a.id;
        QCOMPARE(hers, (QStringList{QStringLiteral("a3"), QStringLiteral("a2"), QStringLiteral("a1")}));
        QCOMPARE(selected.assignments.value(QStringLiteral("u2")).size(), 1);
        QVERIFY(selected.assignments.contains(QStringLiteral("u5")));
        QVERIFY(selected.assignments.value(QStringLiteral("u5")).isEmpty());
        QVERIFY(accounts::cachedSelection(m_store->database(), {}).users.isEmpty());
    }

    // The users page's query over the cache, shown by its model: search, filter and order.
    void searchFoldsWidthKanaAndCase()
    {
        accounts::UserDirectory directory(m_store->connection());
        accounts::UserListModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts::UserQuery query;
        const auto show = [&] {
            const std::optional<accounts::UserQueryResult> result = directory.run(m_store->database(), query);
            QVERIFY(result);
            model.showResult(*result);
        };
        query.search = QStringLiteral("やまだ");
        show();
        QCOMPARE(model.rowCount(), 2);
        query.search = QStringLiteral("ａｎｎａ@x");
        show();
        QCOMPARE(column(model, 0), QStringList{QStringLiteral("Anna Berg")});
        query.search = QStringLiteral("100%");
        show();
        QCOMPARE(model.rowCount(), 0);
        query.search.clear();
        show();
        QCOMPARE(model.rowCount(), 5);
    }

    void sortsByAnyColumnAndFiltersByStatus()
    {
        using Column = accounts::UserListModel::Column;
        QVERIFY(m_store->database().exec("UPDATE users SET status = 'locked' WHERE id IN ('u2', 'u5')"));
        accounts::UserDirectory directory(m_store->connection());
        accounts::UserListModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        accounts::UserQuery query;
        const auto show = [&](Column by, bool descending) {
            query.sort = accounts::UserListModel::sortKey(by);
            query.descending = descending;
            const std::optional<accounts::UserQueryResult> result = directory.run(m_store->database(), query);
            QVERIFY(result);
            model.showResult(*result);
        };
        show(Column::Email, true);
        QCOMPARE(column(model, int(Column::Email)),
                 (QStringList{QStringLiteral("zed@x.example"), QStringLiteral("hanako@x.example"), QStringLiteral("hanako2@x.example"),
                              QStringLiteral("aoki@x.example"), QStringLiteral("ANNA@X.EXAMPLE")}));
        show(Column::Roles, false); // the highest role first, then by reading
        QCOMPARE(model.index(0, 0).data(UserTableModel::kIdRole).toString(), QStringLiteral("u2"));
        QCOMPARE(model.index(1, 0).data(UserTableModel::kIdRole).toString(), QStringLiteral("u1"));
        show(Column::Name, true);
        QCOMPARE(column(model, 0).first(), QStringLiteral("Zed Adams"));
        QCOMPARE(column(model, 0).last(), QStringLiteral("青木 一郎"));
        query.status = QStringLiteral("locked");
        query.search = QStringLiteral("x.example");
        show(Column::Name, false);
        QCOMPARE(column(model, 0), (QStringList{QStringLiteral("青木 一郎"), QStringLiteral("Anna Berg")}));
    }

    void assignmentsNameTheirUserRoleAndScope()
    {
        AssignmentTableModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(column(model, int(AssignmentTableModel::Column::User)),
                 (QStringList{QStringLiteral("青木 一郎"), QStringLiteral("山田 花子"), QStringLiteral("山田 花子"),
                              QStringLiteral("山田 花子")}));
        QCOMPARE(model.index(0, int(AssignmentTableModel::Column::Role)).data().toString(), QStringLiteral("Administrator"));
        QVERIFY(column(model, int(AssignmentTableModel::Column::Scope)).contains(QStringLiteral("Folder: 設計部")));
        QCOMPARE(model.index(0, int(AssignmentTableModel::Column::Operations)).data().toString(), QStringLiteral("view, upload"));
        model.setUserFilter(QStringLiteral("u2"));
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(AssignmentTableModel::kIdRole).toString(), QStringLiteral("a4"));
    }

    void labelsCountTheirAssignments()
    {
        LabelTableModel model(m_store->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(column(model, int(LabelTableModel::Column::Name)), (QStringList{QStringLiteral("アーカイブ"), QStringLiteral("機密")}));
        QCOMPARE(model.index(1, int(LabelTableModel::Column::Assignments)).data().toInt(), 2);
        QCOMPARE(model.index(1, int(LabelTableModel::Column::Description)).data().toString(), QStringLiteral("社外秘"));
        QCOMPARE(model.index(1, 0).data(LabelTableModel::kColorRole).toString(), QStringLiteral("#ff0000"));
    }

    void staysFastAtOneHundredThousandUsers()
    {
        cache::Database &db = m_store->database();
        {
            cache::Transaction tx(db);
            cache::Statement insert(db, "INSERT INTO users (id, login, name, name_kana, email, status, mfa, created_at, "
                                        "updated_at, sort_kana, search_key, json) VALUES (?, ?, ?, ?, ?, 'active', 0, "
                                        "'2026-01-01T00:00:00Z', 't', ?, ?, '{}')");
            for (int i = 0; i < 100'000; ++i) {
                const QString id = QStringLiteral("b%1").arg(i, 6, 10, QLatin1Char('0'));
                const QString kana = QStringLiteral("たなか %1").arg(99'999 - i, 5, 10, QLatin1Char('0'));
                insert.bind(1, id).bind(2, id).bind(3, QStringLiteral("田中 %1").arg(i)).bind(4, kana);
                insert.bind(5, QString(id + QStringLiteral("@x.example"))).bind(6, kana).bind(7, kana);
                QVERIFY(insert.run());
            }
            QVERIFY(tx.commit());
        }
        UserTableModel model(m_store->connection());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(model.reload());
        const qint64 reloadMs = timer.elapsed();
        QCOMPARE(model.rowCount(), 100'005);
        timer.restart();
        for (int row : {0, 50'000, 99'990, 12'345, 77'777})
            QVERIFY(!model.index(row, 0).data().toString().isEmpty());
        const qint64 readMs = timer.elapsed();
        qInfo() << "100k users: reload" << reloadMs << "ms, five scattered rows" << readMs << "ms";
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("青木 一郎"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("田中 99999")); // たなか 00000
        QVERIFY2(reloadMs < 3000, qPrintable(QString::number(reloadMs))); // sanitizer build; far less in release
        QVERIFY2(readMs < 1000, qPrintable(QString::number(readMs)));
    }
};

QTEST_GUILESS_MAIN(TestCacheModels)
#include "tst_cachemodels.moc"
