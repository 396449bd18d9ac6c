// The folder tree, projects and files of a real kanri-service process (demo data): the tree
// rules, deltas with tombstones, administrator scopes, tenant isolation, and the end-user
// surface (a drone operator creating projects, general users and guests with files).
#include "assettesthelpers.h"

using namespace kanri;
using namespace Qt::StringLiterals;
using kanri::test::HttpAnswer;

class TestAssets : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku, m_kanri, m_ippan, m_guest, m_drone, m_other;
    QHash<QString, QString> m_folders; // demo folder name → id

    test::ServiceFixture &svc() { return *m_svc; }

    HttpAnswer post(const QString &path, const QJsonObject &body, const QString &token,
                    const QByteArray &idempotencyKey = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!idempotencyKey.isEmpty())
            headers.append({"Idempotency-Key", idempotencyKey});
        return svc().post(path, body, token, headers);
    }
    HttpAnswer createFolder(const QString &name, const QJsonValue &parent, const QString &token)
    {
        return post(u"/folders"_s, {{u"name"_s, name}, {u"parent_id"_s, parent}}, token);
    }
    HttpAnswer createProject(const QString &name, const QString &folderId, const QString &token)
    {
        return post(u"/projects"_s, {{u"name"_s, name}, {u"folder_id"_s, folderId}}, token);
    }
    static QJsonObject fileBody(const QString &name)
    {
        return {
            {u"name"_s, name},
            {u"size"_s, 73400320},
            {u"content_type"_s, u"image/tiff"_s},
            {u"sha256"_s, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s}};
    }
    QString folder(const QString &name) const { return m_folders.value(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>(
            QStringList{u"--demo"_s, u"--demo-users"_s, u"40"_s});
        QVERIFY(m_svc->started());
        m_keiyaku = svc().signIn(u"keiyaku@demo.example"_s);
        m_kanri = svc().signIn(u"kanri@demo.example"_s);
        m_ippan = svc().signIn(u"ippan@demo.example"_s);
        m_guest = svc().signIn(u"guest@demo.example"_s);
        m_drone = svc().signIn(u"drone@demo.example"_s);
        m_other = svc().signIn(u"keiyaku@other.example"_s);
        for (const QString &token : {m_keiyaku, m_kanri, m_ippan, m_guest, m_drone, m_other})
            QVERIFY(!token.isEmpty());
        m_folders = test::folderIds(svc(), m_keiyaku);
        QCOMPARE(m_folders.size(), 38);
    }

    void folderListsFollowScopes()
    {
        const QJsonArray all = test::listAll(svc(), u"/folders"_s, m_keiyaku);
        QCOMPARE(all.size(), 38);
        // Top-level folders have a null parent; the others name an existing folder.
        const QSet<QString> ids = test::idsOf(all);
        for (const QJsonValue v : all) {
            const QJsonObject f = v.toObject();
            QVERIFY(f.value(u"parent_id"_s).isNull() ||
                    ids.contains(f.value(u"parent_id"_s).toString()));
            QVERIFY(f.value(u"etag"_s).toString().startsWith(u'r'));
        }

        // The administrator of 関東支店 sees exactly that subtree.
        QSet<QString> kanto;
        for (const QString &name : {u"関東支店"_s, u"東京営業所"_s, u"受注案件"_s, u"完了案件"_s,
                                    u"横浜営業所"_s, u"さいたま出張所"_s})
            kanto.insert(folder(name));
        QCOMPARE(test::idsOf(test::listAll(svc(), u"/folders"_s, m_kanri)), kanto);
        QCOMPARE(svc().get(u"/folders/"_s + folder(u"東京営業所"_s), m_kanri).status, 200);
        QCOMPARE(svc().get(u"/folders/"_s + folder(u"関西支店"_s), m_kanri).problem(),
                 u"not-found"_s);

        // Users without admin rights have no folder routes; other tenants see only their own.
        for (const QString &token : {m_ippan, m_guest, m_drone}) {
            const HttpAnswer a = svc().get(u"/folders"_s, token);
            QCOMPARE(a.status, 403);
            QCOMPARE(a.problem(), u"not-admin"_s);
        }
        const QJsonArray other = test::listAll(svc(), u"/folders"_s, m_other);
        QCOMPARE(other.size(), 4);
        QVERIFY(!test::idsOf(other).intersects(ids));
        QCOMPARE(svc().get(u"/folders/"_s + folder(u"本社"_s), m_other).status, 404);
        QCOMPARE(svc().get(u"/folders/not%20an%20id"_s, m_keiyaku).status, 404);

        // Paging: a cursor continues after the last item.
        const HttpAnswer first = svc().get(u"/folders?limit=5"_s, m_keiyaku);
        QCOMPARE(first.json().value(u"items"_s).toArray().size(), 5);
        const QString cursor = first.json().value(u"next_cursor"_s).toString();
        QVERIFY(!cursor.isEmpty());
        const HttpAnswer second = svc().get(u"/folders?limit=5&cursor="_s + cursor, m_keiyaku);
        QCOMPARE(second.json().value(u"items"_s).toArray().at(0), all.at(5));
    }

    void createFolderRules()
    {
        const HttpAnswer top = post(
            u"/folders"_s, {{u"name"_s, u"  検証用フォルダ "_s}, {u"parent_id"_s, QJsonValue()}},
            m_keiyaku, "create-top-1");
        QCOMPARE(top.status, 201);
        const QJsonObject f = top.json();
        QCOMPARE(f.value(u"name"_s).toString(), u"検証用フォルダ"_s);
        QVERIFY(f.value(u"parent_id"_s).isNull());
        QCOMPARE(top.header("ETag"), '"' + f.value(u"etag"_s).toString().toLatin1() + '"');
        QVERIFY(f.value(u"id"_s).toString().startsWith(u"f_"_s));

        // The same key and body replay the answer; a different body with that key is refused.
        const HttpAnswer replay = post(
            u"/folders"_s, {{u"name"_s, u"  検証用フォルダ "_s}, {u"parent_id"_s, QJsonValue()}},
            m_keiyaku, "create-top-1");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json(), f);
        QCOMPARE(post(u"/folders"_s, {{u"name"_s, u"別名"_s}, {u"parent_id"_s, QJsonValue()}},
                      m_keiyaku, "create-top-1")
                     .status,
                 409);

        // Names are unique among siblings (not across the tree).
        HttpAnswer a = createFolder(u"検証用フォルダ"_s, QJsonValue(), m_keiyaku);
        QCOMPARE(a.status, 409);
        QCOMPARE(a.problem(), u"conflict"_s);
        QCOMPARE(createFolder(u"検証用フォルダ"_s, f.value(u"id"_s), m_keiyaku).status, 201);

        // Top-level folders are the contract administrator's; administrators work inside scope.
        a = createFolder(u"管理者のトップ"_s, QJsonValue(), m_kanri);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.problem(), u"forbidden"_s);
        a = createFolder(u"品川分室"_s, folder(u"東京営業所"_s), m_kanri);
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json().value(u"parent_id"_s).toString(), folder(u"東京営業所"_s));
        a = createFolder(u"品川分室"_s, folder(u"関西支店"_s), m_kanri);
        QCOMPARE(a.status, 400);
        QCOMPARE(fieldOf(a), u"parent_id"_s);
        a = createFolder(u"他社の下"_s, test::folderIds(svc(), m_other).value(u"本社"_s),
                         m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(fieldOf(a), u"parent_id"_s);

        // Bad bodies name the field.
        a = post(u"/folders"_s, {{u"name"_s, u"親なし"_s}}, m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(fieldOf(a), u"parent_id"_s);
        a = createFolder(u"   "_s, QJsonValue(), m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(fieldOf(a), u"name"_s);
        a = createFolder(QString(201, u'長'), QJsonValue(), m_keiyaku);
        QCOMPARE(fieldOf(a), u"name"_s);
        a = post(u"/folders"_s,
                 {{u"name"_s, u"x"_s}, {u"parent_id"_s, QJsonValue()}, {u"color"_s, u"red"_s}},
                 m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(fieldOf(a), u"color"_s);
        QCOMPARE(svc().request("POST", u"/folders"_s, "{nope", m_keiyaku).problem(),
                 u"malformed-json"_s);

        a = createFolder(u"一般ユーザーのフォルダ"_s, folder(u"東京営業所"_s), m_ippan);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.problem(), u"not-admin"_s);
    }

    void renameAndMove()
    {
        const QString a =
            createFolder(u"移動A"_s, QJsonValue(), m_keiyaku).json().value(u"id"_s).toString();
        const QString b = createFolder(u"移動B"_s, a, m_keiyaku).json().value(u"id"_s).toString();
        const QString c = createFolder(u"移動C"_s, b, m_keiyaku).json().value(u"id"_s).toString();
        createFolder(u"移動D"_s, a, m_keiyaku);
        QVERIFY(!c.isEmpty());
        const QString etagA = etagOf(svc().get(u"/folders/"_s + a, m_keiyaku));
        QCOMPARE(svc().get(u"/folders/"_s + a, m_keiyaku).header("ETag"),
                 '"' + etagA.toLatin1() + '"');

        // If-Match is required and must be current.
        HttpAnswer r =
            test::patch(svc(), u"/folders/"_s + a, {{u"name"_s, u"移動A2"_s}}, m_keiyaku, {});
        QCOMPARE(r.status, 428);
        r = test::patch(svc(), u"/folders/"_s + a, {{u"name"_s, u"移動A2"_s}}, m_keiyaku, u"r1"_s);
        QCOMPARE(r.status, 412);
        QCOMPARE(r.json().value(u"current"_s).toObject().value(u"etag"_s).toString(), etagA);

        // A folder cannot move below itself or a descendant.
        r = test::patch(svc(), u"/folders/"_s + a, {{u"parent_id"_s, c}}, m_keiyaku, etagA);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problem(), u"conflict"_s);
        r = test::patch(svc(), u"/folders/"_s + a, {{u"parent_id"_s, a}}, m_keiyaku, etagA);
        QCOMPARE(r.status, 409);
        r = test::patch(svc(), u"/folders/"_s + a, {{u"parent_id"_s, u"f_nosuchfolder"_s}},
                        m_keiyaku, etagA);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"parent_id"_s);

        // Rename: sibling names stay unique.
        const QString etagC = etagOf(svc().get(u"/folders/"_s + c, m_keiyaku));
        r = test::patch(svc(), u"/folders/"_s + c, {{u"parent_id"_s, a}, {u"name"_s, u"移動D"_s}},
                        m_keiyaku, etagC);
        QCOMPARE(r.status, 409);
        r = test::patch(svc(), u"/folders/"_s + a, {{u"name"_s, u"移動A2"_s}}, m_keiyaku, etagA);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"name"_s).toString(), u"移動A2"_s);
        QVERIFY(etagOf(r) != etagA);
        QCOMPARE(r.header("ETag"), '"' + etagOf(r).toLatin1() + '"');

        // Move C from below B to below A, then to the top level.
        r = test::patch(svc(), u"/folders/"_s + c, {{u"parent_id"_s, a}}, m_keiyaku, etagC);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"parent_id"_s).toString(), a);
        r = test::patch(svc(), u"/folders/"_s + c, {{u"parent_id"_s, QJsonValue()}}, m_keiyaku,
                        etagOf(r));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"parent_id"_s).isNull());
        QCOMPARE(test::patch(svc(), u"/folders/"_s + c, {}, m_keiyaku, etagOf(r)).status, 400);

        // Administrators: only inside their scope, and never to the top level.
        const QString juchu = folder(u"受注案件"_s);
        const QString etagJ = etagOf(svc().get(u"/folders/"_s + juchu, m_kanri));
        r = test::patch(svc(), u"/folders/"_s + a, {{u"name"_s, u"乗っ取り"_s}}, m_kanri,
                        etagOf(r));
        QCOMPARE(r.status, 404);
        r = test::patch(svc(), u"/folders/"_s + juchu, {{u"parent_id"_s, QJsonValue()}}, m_kanri,
                        etagJ);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"forbidden"_s);
        r = test::patch(svc(), u"/folders/"_s + juchu, {{u"parent_id"_s, folder(u"関西支店"_s)}},
                        m_kanri, etagJ);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"parent_id"_s);
        r = test::patch(svc(), u"/folders/"_s + juchu, {{u"parent_id"_s, folder(u"横浜営業所"_s)}},
                        m_kanri, etagJ);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"parent_id"_s).toString(), folder(u"横浜営業所"_s));
        r = test::patch(svc(), u"/folders/"_s + juchu, {{u"parent_id"_s, folder(u"東京営業所"_s)}},
                        m_kanri, etagOf(r));
        QCOMPARE(r.status, 200);
    }

    void deleteFolderAndDelta()
    {
        const test::Delta start = test::delta(svc(), u"/folders"_s, m_keiyaku, u"0"_s);
        QCOMPARE(start.status, 200);
        QVERIFY(start.itemIds().contains(folder(u"本社"_s)));
        const test::Delta kanriStart = test::delta(svc(), u"/folders"_s, m_kanri, u"0"_s);
        QVERIFY(!kanriStart.itemIds().contains(folder(u"本社"_s)));

        const QString parent =
            createFolder(u"削除親"_s, QJsonValue(), m_keiyaku).json().value(u"id"_s).toString();
        const QString child =
            createFolder(u"削除子"_s, parent, m_keiyaku).json().value(u"id"_s).toString();
        const QString kanriChild =
            createFolder(u"削除される分室"_s, folder(u"横浜営業所"_s), m_kanri)
                .json()
                .value(u"id"_s)
                .toString();
        const QString withProject =
            createFolder(u"案件あり"_s, parent, m_keiyaku).json().value(u"id"_s).toString();
        QCOMPARE(createProject(u"中身"_s, withProject, m_keiyaku).status, 201);

        // Only empty folders go; If-Match is required.
        const QString etagParent = etagOf(svc().get(u"/folders/"_s + parent, m_keiyaku));
        HttpAnswer r = test::remove(svc(), u"/folders/"_s + parent, m_keiyaku, etagParent);
        QCOMPARE(r.status, 409);
        r = test::remove(svc(), u"/folders/"_s + withProject, m_keiyaku,
                         etagOf(svc().get(u"/folders/"_s + withProject, m_keiyaku)));
        QCOMPARE(r.status, 409);
        QCOMPARE(test::remove(svc(), u"/folders/"_s + child, m_keiyaku, {}).status, 428);
        QCOMPARE(test::remove(svc(), u"/folders/"_s + child, m_kanri,
                              etagOf(svc().get(u"/folders/"_s + child, m_keiyaku)))
                     .status,
                 404);
        QCOMPARE(test::remove(svc(), u"/folders/"_s + child, m_keiyaku,
                              etagOf(svc().get(u"/folders/"_s + child, m_keiyaku)))
                     .status,
                 204);
        QCOMPARE(svc().get(u"/folders/"_s + child, m_keiyaku).status, 404);
        QCOMPARE(test::remove(svc(), u"/folders/"_s + kanriChild, m_kanri,
                              etagOf(svc().get(u"/folders/"_s + kanriChild, m_kanri)))
                     .status,
                 204);
        QVERIFY(!test::idsOf(test::listAll(svc(), u"/folders"_s, m_keiyaku)).contains(child));

        // The delta since the first watermark: the new folders, and the deleted ones as tombstones.
        const test::Delta d = test::delta(svc(), u"/folders"_s, m_keiyaku, start.watermark, 2);
        QCOMPARE(d.status, 200);
        QVERIFY(d.watermark.toLongLong() > start.watermark.toLongLong());
        QVERIFY(d.itemIds().contains(parent));
        QVERIFY(d.itemIds().contains(withProject));
        QCOMPARE(d.tombstoneIds(), (QSet<QString>{child, kanriChild}));
        QVERIFY(!d.itemIds().contains(child));
        QVERIFY(!d.itemIds().contains(folder(u"本社"_s)));
        QVERIFY(!d.tombstones.at(0).toObject().value(u"deleted_at"_s).toString().isEmpty());
        // Nothing since the new watermark.
        const test::Delta none = test::delta(svc(), u"/folders"_s, m_keiyaku, d.watermark);
        QVERIFY(none.items.isEmpty());
        QVERIFY(none.tombstones.isEmpty());
        QCOMPARE(none.watermark, d.watermark);

        // The administrator's delta holds only its subtree: its own tombstone, not the others.
        const test::Delta k = test::delta(svc(), u"/folders"_s, m_kanri, kanriStart.watermark);
        QCOMPARE(k.tombstoneIds(), QSet<QString>{kanriChild});
        QVERIFY(!k.itemIds().contains(parent));

        // Filters do not combine with updated_since.
        QCOMPARE(svc().get(u"/folders?updated_since=x"_s, m_keiyaku).status, 400);
    }

    void projectsInFolders()
    {
        const QString tokyo = folder(u"東京営業所"_s);
        const QString keiyakuId = test::userIdOf(svc(), m_keiyaku);
        HttpAnswer r = post(u"/projects"_s,
                            {{u"name"_s, u"検証 出来形測量"_s},
                             {u"folder_id"_s, tokyo},
                             {u"description"_s, u"試験"_s}},
                            m_keiyaku, "project-1");
        QCOMPARE(r.status, 201);
        const QJsonObject p = r.json();
        const QString id = p.value(u"id"_s).toString();
        QCOMPARE(p.value(u"folder_id"_s).toString(), tokyo);
        QCOMPARE(p.value(u"description"_s).toString(), u"試験"_s);
        QCOMPARE(p.value(u"created_by"_s).toString(), keiyakuId);
        QCOMPARE(p.value(u"file_count"_s).toInt(-1), 0);
        QCOMPARE(r.header("ETag"), '"' + etagOf(r).toLatin1() + '"');
        QCOMPARE(svc().get(u"/projects/"_s + id, m_keiyaku).json(), p);

        QCOMPARE(createProject(u"検証 出来形測量"_s, tokyo, m_keiyaku).status, 409);
        QCOMPARE(createProject(u"検証 出来形測量"_s, folder(u"横浜営業所"_s), m_keiyaku).status,
                 201);
        r = createProject(u"どこにもない"_s, u"f_nosuchfolder"_s, m_keiyaku);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"folder_id"_s);
        r = post(
            u"/projects"_s,
            {{u"name"_s, u"x"_s}, {u"folder_id"_s, tokyo}, {u"description"_s, QString(2001, u'a')}},
            m_keiyaku);
        QCOMPARE(fieldOf(r), u"description"_s);

        // folder_id filters the plain list to the projects directly in that folder.
        const QJsonArray inTokyo =
            test::listAll(svc(), u"/projects?folder_id="_s + tokyo, m_keiyaku);
        QVERIFY(test::idsOf(inTokyo).contains(id));
        for (const QJsonValue v : inTokyo)
            QCOMPARE(v.toObject().value(u"folder_id"_s).toString(), tokyo);
        QCOMPARE(
            svc().get(u"/projects?folder_id="_s + tokyo + u"&updated_since=0"_s, m_keiyaku).status,
            400);

        // The administrator's lists stay inside its subtree.
        const QSet<QString> kantoFolders =
            test::idsOf(test::listAll(svc(), u"/folders"_s, m_kanri));
        const QJsonArray kanriProjects = test::listAll(svc(), u"/projects"_s, m_kanri);
        QVERIFY(!kanriProjects.isEmpty());
        for (const QJsonValue v : kanriProjects)
            QVERIFY(kantoFolders.contains(v.toObject().value(u"folder_id"_s).toString()));
        const QJsonArray all = test::listAll(svc(), u"/projects"_s, m_keiyaku);
        QVERIFY(all.size() > kanriProjects.size());
        QString outside;
        for (const QJsonValue v : all) {
            if (!kantoFolders.contains(v.toObject().value(u"folder_id"_s).toString()))
                outside = v.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(svc().get(u"/projects/"_s + outside, m_kanri).status, 404);
        QCOMPARE(svc().get(u"/projects/"_s + id, m_kanri).status, 200);
        QCOMPARE(svc().get(u"/projects/"_s + id, m_other).status, 404);
        QCOMPARE(svc().get(u"/projects"_s, m_ippan).problem(), u"not-admin"_s);

        // Rename with If-Match; names stay unique in the folder.
        const test::Delta before = test::delta(svc(), u"/projects"_s, m_keiyaku, u"0"_s);
        const QString other =
            createProject(u"別案件"_s, tokyo, m_keiyaku).json().value(u"id"_s).toString();
        const QString etag = p.value(u"etag"_s).toString();
        r = test::patch(svc(), u"/projects/"_s + id, {{u"name"_s, u"別案件"_s}}, m_keiyaku, etag);
        QCOMPARE(r.status, 409);
        QCOMPARE(test::patch(svc(), u"/projects/"_s + id, {{u"name"_s, u"改名"_s}}, m_keiyaku, {})
                     .status,
                 428);
        r = test::patch(svc(), u"/projects/"_s + id,
                        {{u"name"_s, u"改名"_s}, {u"description"_s, u""_s}}, m_kanri, etag);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"name"_s).toString(), u"改名"_s);
        QCOMPARE(r.json().value(u"description"_s).toString(), QString());
        QCOMPARE(
            test::patch(svc(), u"/projects/"_s + outside, {{u"name"_s, u"x"_s}}, m_kanri, u"*"_s)
                .status,
            404);

        // Delete: a tombstone in the delta.
        QCOMPARE(test::remove(svc(), u"/projects/"_s + other, m_keiyaku,
                              etagOf(svc().get(u"/projects/"_s + other, m_keiyaku)))
                     .status,
                 204);
        QCOMPARE(svc().get(u"/projects/"_s + other, m_keiyaku).status, 404);
        const test::Delta d = test::delta(svc(), u"/projects"_s, m_keiyaku, before.watermark);
        QCOMPARE(d.tombstoneIds(), QSet<QString>{other});
        QCOMPARE(d.item(id).value(u"name"_s).toString(), u"改名"_s);
        const test::Delta k = test::delta(svc(), u"/projects"_s, m_kanri, before.watermark);
        QCOMPARE(k.tombstoneIds(), QSet<QString>{other});
    }

    void droneOperatorCreatesProjectsInItsFolders()
    {
        const QString droneId = test::userIdOf(svc(), m_drone);
        HttpAnswer r = createProject(u"ドローン 新規点検"_s, folder(u"橋梁点検"_s), m_drone);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"created_by"_s).toString(), droneId);
        const QString id = r.json().value(u"id"_s).toString();
        QCOMPARE(svc().get(u"/projects/"_s + id, m_keiyaku).json().value(u"folder_id"_s).toString(),
                 folder(u"橋梁点検"_s));
        // Below its folder too.
        QCOMPARE(createProject(u"ドローン 定期"_s, folder(u"定期点検"_s), m_drone).status, 201);
        QCOMPARE(createProject(u"ドローン 新規点検"_s, folder(u"橋梁点検"_s), m_drone).status, 409);

        // Elsewhere: a folder it cannot see is unknown; one it sees without create_project is
        // refused.
        r = createProject(u"ドローン 越境"_s, folder(u"関東支店"_s), m_drone);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"folder_id"_s);
        r = createProject(u"閲覧者の案件"_s, folder(u"公共測量"_s), m_guest);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"forbidden"_s);
        r = createProject(u"一般の案件"_s, folder(u"東京営業所"_s), m_ippan);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"forbidden"_s);
        // The other tenant's folder is unknown.
        QCOMPARE(createProject(u"越境"_s, folder(u"橋梁点検"_s), m_other).status, 400);
        // The admin surface stays closed to it.
        QCOMPARE(svc().get(u"/projects/"_s + id, m_drone).problem(), u"not-admin"_s);
    }

    void filesFollowOperations()
    {
        const QString tokyo = createProject(u"ファイル検証"_s, folder(u"東京営業所"_s), m_keiyaku)
                                  .json()
                                  .value(u"id"_s)
                                  .toString();
        const QString survey = createProject(u"閲覧検証"_s, folder(u"公共測量"_s), m_keiyaku)
                                   .json()
                                   .value(u"id"_s)
                                   .toString();
        QVERIFY(!tokyo.isEmpty() && !survey.isEmpty());
        const QString etagBefore = etagOf(svc().get(u"/projects/"_s + tokyo, m_keiyaku));
        const test::Delta before = test::delta(svc(), u"/projects"_s, m_keiyaku, u"0"_s);

        // ippan@ (general, upload + download on 東京営業所) uploads and downloads.
        HttpAnswer r = post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"survey.tif"_s),
                            m_ippan, "upload-1");
        QCOMPARE(r.status, 201);
        const QJsonObject file = r.json();
        const QString fileId = file.value(u"id"_s).toString();
        QCOMPARE(file.value(u"project_id"_s).toString(), tokyo);
        QCOMPARE(file.value(u"name"_s).toString(), u"survey.tif"_s);
        QCOMPARE(file.value(u"size"_s).toInteger(), qint64(73400320));
        QCOMPARE(file.value(u"created_by"_s).toString(), test::userIdOf(svc(), m_ippan));
        QCOMPARE(post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"survey.tif"_s), m_ippan,
                      "upload-1")
                     .json(),
                 file);
        QCOMPARE(
            post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"survey.tif"_s), m_ippan).status,
            201);

        // file_count counts the live files, and the project's change reaches the delta.
        const HttpAnswer project = svc().get(u"/projects/"_s + tokyo, m_keiyaku);
        QCOMPARE(project.json().value(u"file_count"_s).toInt(), 2);
        QVERIFY(etagOf(project) != etagBefore);
        const test::Delta d = test::delta(svc(), u"/projects"_s, m_keiyaku, before.watermark);
        QCOMPARE(d.item(tokyo).value(u"file_count"_s).toInt(), 2);

        const QJsonArray files =
            test::listAll(svc(), u"/projects/"_s + tokyo + u"/files"_s, m_ippan);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject(), file);
        QCOMPARE(svc().get(u"/projects/"_s + tokyo + u"/files?updated_since=0"_s, m_ippan).status,
                 400);

        r = svc().get(u"/files/"_s + fileId + u"/download"_s, m_ippan);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"file"_s).toObject(), file);
        const QUrl url(r.json().value(u"url"_s).toString());
        QCOMPARE(url.scheme(), u"https"_s);
        QVERIFY(url.path().contains(fileId));

        // Bad bodies name the field.
        QJsonObject bad = fileBody(u"x.tif"_s);
        bad.insert(u"sha256"_s, u"ABC"_s);
        r = post(u"/projects/"_s + tokyo + u"/files"_s, bad, m_ippan);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"sha256"_s);
        bad = fileBody(u"x.tif"_s);
        bad.insert(u"content_type"_s, u"tiff"_s);
        QCOMPARE(fieldOf(post(u"/projects/"_s + tokyo + u"/files"_s, bad, m_ippan)),
                 u"content_type"_s);
        bad = fileBody(u"x.tif"_s);
        bad.insert(u"size"_s, -1);
        QCOMPARE(fieldOf(post(u"/projects/"_s + tokyo + u"/files"_s, bad, m_ippan)), u"size"_s);

        // A guest views but neither uploads nor downloads; what its grants do not reach is not
        // found.
        r = post(u"/projects/"_s + survey + u"/files"_s, fileBody(u"guest.tif"_s), m_guest);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"forbidden"_s);
        const QString surveyFile =
            post(u"/projects/"_s + survey + u"/files"_s, fileBody(u"admin.tif"_s), m_keiyaku)
                .json()
                .value(u"id"_s)
                .toString();
        QCOMPARE(test::listAll(svc(), u"/projects/"_s + survey + u"/files"_s, m_guest).size(), 1);
        r = svc().get(u"/files/"_s + surveyFile + u"/download"_s, m_guest);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"forbidden"_s);
        QCOMPARE(post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"g.tif"_s), m_guest).status,
                 404);
        QCOMPARE(svc().get(u"/files/"_s + fileId + u"/download"_s, m_guest).status, 404);
        QCOMPARE(svc().get(u"/projects/"_s + tokyo + u"/files"_s, m_guest).status, 404);
        QCOMPARE(post(u"/projects/"_s + survey + u"/files"_s, fileBody(u"i.tif"_s), m_ippan).status,
                 404);
        QCOMPARE(svc().get(u"/files/"_s + surveyFile + u"/download"_s, m_drone).status, 404);

        // The administrator of the subtree may; another tenant sees nothing.
        QCOMPARE(svc().get(u"/files/"_s + fileId + u"/download"_s, m_kanri).status, 200);
        QCOMPARE(post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"k.tif"_s), m_kanri).status,
                 201);
        QCOMPARE(svc().get(u"/files/"_s + surveyFile + u"/download"_s, m_kanri).status, 404);
        QCOMPARE(svc().get(u"/files/"_s + fileId + u"/download"_s, m_other).status, 404);
        QCOMPARE(svc().get(u"/projects/"_s + tokyo + u"/files"_s, m_other).status, 404);
        QCOMPARE(post(u"/projects/"_s + tokyo + u"/files"_s, fileBody(u"o.tif"_s), m_other).status,
                 404);

        // Deleting the project deletes its files.
        QCOMPARE(test::remove(svc(), u"/projects/"_s + tokyo, m_keiyaku,
                              etagOf(svc().get(u"/projects/"_s + tokyo, m_keiyaku)))
                     .status,
                 204);
        QCOMPARE(svc().get(u"/files/"_s + fileId + u"/download"_s, m_keiyaku).status, 404);
        QCOMPARE(svc().get(u"/projects/"_s + tokyo + u"/files"_s, m_ippan).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestAssets)
#include "tst_assets.moc"
