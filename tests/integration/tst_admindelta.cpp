// Delta sync of an administrator whose view is limited to its folder/project scopes: users
// appear and go as they gain and lose roles inside the scopes (their rows do not change), and
// label assignments deleted with their project or folder still reach the administrator.
#include "usertesthelpers.h"

using namespace kanri;
using kanri::test::HttpAnswer;

namespace {
QString idOf(const QJsonValue &object)
{
    return object.toObject().value(QStringLiteral("id")).toString();
}
} // namespace

class TestAdminDelta : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku; // contract administrator of "demo"
    QString m_kanri;   // administrator of 関東支店 and what lies below it
    QStringList m_insideFolders;
    int m_counter = 0;

    QJsonArray all(const QString &path, const QString &token)
    {
        return test::listAll(*m_svc, path, token);
    }

    test::Delta delta(const QString &resource, const QString &since, int limit = 1000)
    {
        return test::deltaSince(*m_svc, resource, since, m_kanri, limit);
    }

    HttpAnswer remove(const QString &path, const QByteArray &etag)
    {
        return m_svc->request("DELETE", path, {}, m_keiyaku, {{"If-Match", etag}});
    }

    // A fresh user of "demo" without any role (outside every administrator's scope).
    QString newUser()
    {
        const QString login = QStringLiteral("admindelta%1@demo.example").arg(++m_counter);
        const HttpAnswer a = m_svc->post(QStringLiteral("/users"),
                                         {{QStringLiteral("login"), login},
                                          {QStringLiteral("name"), QStringLiteral("範囲 試験")},
                                          {QStringLiteral("email"), login},
                                          {QStringLiteral("password"), QStringLiteral("abc12345")}},
                                         m_keiyaku);
        if (a.status != 201)
            qWarning() << "create user:" << a.status << a.body;
        return a.json().value(QStringLiteral("id")).toString();
    }

    HttpAnswer assignRole(const QString &userId, const QString &folderId)
    {
        return m_svc->post(QStringLiteral("/role-assignments"),
                           {{QStringLiteral("user_id"), userId},
                            {QStringLiteral("role_id"), QStringLiteral("general")},
                            {QStringLiteral("scope"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                         {QStringLiteral("id"), folderId}}}},
                           m_keiyaku);
    }

    // A label on `targetId`, put there by the contract administrator; the assignment's id.
    QString label(const QString &type, const QString &targetId)
    {
        const HttpAnswer l =
            m_svc->post(QStringLiteral("/labels"),
                        {{QStringLiteral("name"), QStringLiteral("admindelta-%1").arg(++m_counter)},
                         {QStringLiteral("color"), QStringLiteral("#1E90FF")},
                         {QStringLiteral("level"), QStringLiteral("internal")}},
                        m_keiyaku);
        if (l.status != 201)
            qWarning() << "create label:" << l.status << l.body;
        const HttpAnswer a = m_svc->post(
            QStringLiteral("/label-assignments"),
            {{QStringLiteral("label_id"), l.json().value(QStringLiteral("id")).toString()},
             {QStringLiteral("target"),
              QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), targetId}}}},
            m_keiyaku);
        if (a.status != 201)
            qWarning() << "assign label:" << a.status << a.body;
        return a.json().value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_kanri = m_svc->signIn(QStringLiteral("kanri@demo.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_kanri.isEmpty());

        // kanri@ administers 関東支店: the folder and its sub-folders.
        const QJsonArray folders = all(QStringLiteral("/folders?limit=1000"), m_keiyaku);
        QSet<QString> inside;
        for (const QJsonValue &f : folders) {
            if (f[QStringLiteral("name")].toString() == QStringLiteral("関東支店"))
                inside.insert(idOf(f));
        }
        QCOMPARE(inside.size(), 1);
        for (bool grew = true; grew;) {
            grew = false;
            for (const QJsonValue &f : folders) {
                if (!inside.contains(idOf(f)) &&
                    inside.contains(f[QStringLiteral("parent_id")].toString())) {
                    inside.insert(idOf(f));
                    grew = true;
                }
            }
        }
        for (const QJsonValue &f : folders) {
            if (inside.contains(idOf(f)))
                m_insideFolders.append(idOf(f));
        }
        QVERIFY(m_insideFolders.size() >= 2);
    }

    // An existing user gaining a role inside the scopes enters the administrator's users delta
    // (its row, and ETag, unchanged); losing it leaves as a tombstone.
    void usersDeltaFollowsRolesInsideTheScopes()
    {
        const QString userId = newUser();
        QVERIFY(!userId.isEmpty());
        const HttpAnswer before = m_svc->get(QStringLiteral("/users/") + userId, m_keiyaku);
        QCOMPARE(before.status, 200);
        QCOMPARE(m_svc->get(QStringLiteral("/users/") + userId, m_kanri).status, 404);
        const test::Delta start = delta(QStringLiteral("/users"), QStringLiteral("0"));
        QVERIFY(start.ok);
        QVERIFY(!test::idsOf(start.items).contains(userId));
        QVERIFY(!test::idsOf(start.tombstones).contains(userId));

        const HttpAnswer assigned = assignRole(userId, m_insideFolders.last());
        QCOMPARE(assigned.status, 201);
        // Paged one row at a time: the change key must stay monotonic across pages.
        const test::Delta gained = delta(QStringLiteral("/users"), start.watermark, 1);
        QVERIFY(gained.ok);
        QCOMPARE(test::idsOf(gained.items), QStringList{userId});
        QVERIFY(gained.tombstones.isEmpty());
        QVERIFY(gained.watermark.toLongLong() > start.watermark.toLongLong());
        QCOMPARE(test::findById(gained.items, userId), before.json());
        QCOMPARE(m_svc->get(QStringLiteral("/users/") + userId, m_kanri).header("ETag"),
                 before.header("ETag"));
        // Seen once: the next delta is quiet.
        const test::Delta quiet = delta(QStringLiteral("/users"), gained.watermark);
        QVERIFY(quiet.ok);
        QVERIFY(quiet.items.isEmpty() && quiet.tombstones.isEmpty());

        // A second role inside the scopes: still an item, not a tombstone.
        const HttpAnswer second = assignRole(userId, m_insideFolders.first());
        QCOMPARE(second.status, 201);
        QCOMPARE(remove(QStringLiteral("/role-assignments/") + idOf(second.json()),
                        second.header("ETag"))
                     .status,
                 204);
        const test::Delta still = delta(QStringLiteral("/users"), quiet.watermark);
        QVERIFY(still.ok);
        QCOMPARE(test::idsOf(still.items), QStringList{userId});
        QVERIFY(still.tombstones.isEmpty());

        // The last one goes: a tombstone.
        QCOMPARE(remove(QStringLiteral("/role-assignments/") + idOf(assigned.json()),
                        assigned.header("ETag"))
                     .status,
                 204);
        const test::Delta lost = delta(QStringLiteral("/users"), still.watermark, 1);
        QVERIFY(lost.ok);
        QVERIFY(lost.items.isEmpty());
        QCOMPARE(test::idsOf(lost.tombstones), QStringList{userId});
        QCOMPARE(m_svc->get(QStringLiteral("/users/") + userId, m_kanri).status, 404);
        // The user's ETag never changed: a PATCH with the held one still succeeds.
        const HttpAnswer renamed =
            m_svc->request("PATCH", QStringLiteral("/users/") + userId,
                           test::jsonBytes({{QStringLiteral("name"), QStringLiteral("改名")}}),
                           m_keiyaku, {{"If-Match", before.header("ETag")}});
        QCOMPARE(renamed.status, 200);
        // A change outside the scopes does not show the user to the administrator again.
        const test::Delta after = delta(QStringLiteral("/users"), lost.watermark);
        QVERIFY(after.ok);
        QVERIFY(!test::idsOf(after.items).contains(userId));
    }

    // Deleting a labelled project inside the scopes tombstones its label assignment, and the
    // administrator's delta carries that tombstone.
    void labelTombstonesOfDeletedProject()
    {
        const HttpAnswer project =
            m_svc->post(QStringLiteral("/projects"),
                        {{QStringLiteral("name"), QStringLiteral("範囲削除")},
                         {QStringLiteral("folder_id"), m_insideFolders.last()}},
                        m_keiyaku);
        QCOMPARE(project.status, 201);
        const QString assignmentId = label(QStringLiteral("project"), idOf(project.json()));
        QVERIFY(!assignmentId.isEmpty());
        const test::Delta start = delta(QStringLiteral("/label-assignments"), QStringLiteral("0"));
        QVERIFY(start.ok);
        QVERIFY(test::idsOf(start.items).contains(assignmentId));

        QCOMPARE(remove(QStringLiteral("/projects/") + idOf(project.json()), project.header("ETag"))
                     .status,
                 204);
        const test::Delta after = delta(QStringLiteral("/label-assignments"), start.watermark);
        QVERIFY(after.ok);
        QVERIFY(after.items.isEmpty());
        QCOMPARE(test::idsOf(after.tombstones), QStringList{assignmentId});
    }

    // The same for a labelled folder inside the scopes, and for a role held there.
    void tombstonesOfDeletedFolder()
    {
        const HttpAnswer folder =
            m_svc->post(QStringLiteral("/folders"),
                        {{QStringLiteral("name"), QStringLiteral("範囲削除フォルダ")},
                         {QStringLiteral("parent_id"), m_insideFolders.last()}},
                        m_keiyaku);
        QCOMPARE(folder.status, 201);
        const QString folderId = idOf(folder.json());
        const QString assignmentId = label(QStringLiteral("folder"), folderId);
        QVERIFY(!assignmentId.isEmpty());
        const QString userId = newUser();
        QCOMPARE(assignRole(userId, folderId).status, 201);
        const test::Delta labels = delta(QStringLiteral("/label-assignments"), QStringLiteral("0"));
        const test::Delta users = delta(QStringLiteral("/users"), QStringLiteral("0"));
        QVERIFY(labels.ok && users.ok);
        QVERIFY(test::idsOf(users.items).contains(userId));

        const HttpAnswer current = m_svc->get(QStringLiteral("/folders/") + folderId, m_keiyaku);
        QCOMPARE(remove(QStringLiteral("/folders/") + folderId, current.header("ETag")).status,
                 204);
        const test::Delta labelsAfter =
            delta(QStringLiteral("/label-assignments"), labels.watermark);
        QVERIFY(labelsAfter.ok);
        QCOMPARE(test::idsOf(labelsAfter.tombstones), QStringList{assignmentId});
        const test::Delta usersAfter = delta(QStringLiteral("/users"), users.watermark);
        QVERIFY(usersAfter.ok);
        QVERIFY(usersAfter.items.isEmpty());
        QCOMPARE(test::idsOf(usersAfter.tombstones), QStringList{userId});
    }
};

QTEST_GUILESS_MAIN(TestAdminDelta)
#include "tst_admindelta.moc"
