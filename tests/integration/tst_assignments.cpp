// Role assignments on a real kanri-service process (demo data): lists and filters, every
// refusal of create/patch/delete, administrator scopes, tenant isolation, deltas, and that a
// change applies to the holder's very next request.
#include "assettesthelpers.h"

using namespace kanri;
using namespace Qt::StringLiterals;
using kanri::test::HttpAnswer;

class TestAssignments : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku, m_kanri, m_ippan, m_guest, m_drone, m_other;
    QString m_keiyakuId, m_kanriId, m_ippanId, m_guestId, m_droneId, m_otherId;
    QHash<QString, QString> m_folders;

    test::ServiceFixture &svc() { return *m_svc; }
    QString folder(const QString &name) const { return m_folders.value(name); }

    static QJsonObject assignment(const QString &userId, const QString &roleId,
                                  const QString &scopeType, const QJsonValue &scopeId,
                                  const QJsonValue &operations = QJsonValue::Undefined)
    {
        QJsonObject o{{u"user_id"_s, userId},
                      {u"role_id"_s, roleId},
                      {u"scope"_s, QJsonObject{{u"type"_s, scopeType}, {u"id"_s, scopeId}}}};
        if (!operations.isUndefined())
            o.insert(u"operations"_s, operations);
        return o;
    }
    HttpAnswer create(const QJsonObject &body, const QString &token)
    {
        return svc().post(u"/role-assignments"_s, body, token);
    }
    // The one live assignment of `userId` with `roleId`.
    QJsonObject assignmentOf(const QString &userId, const QString &roleId)
    {
        for (const QJsonValue v :
             test::listAll(svc(), u"/role-assignments?user_id="_s + userId, m_keiyaku)) {
            if (v.toObject().value(u"role_id"_s).toString() == roleId)
                return v.toObject();
        }
        return {};
    }
    static QSet<QString> operationsOf(const QJsonObject &a)
    {
        QSet<QString> ops;
        for (const QJsonValue v : a.value(u"operations"_s).toArray())
            ops.insert(v.toString());
        return ops;
    }
    static QJsonObject fileBody()
    {
        return {
            {u"name"_s, u"a.tif"_s},
            {u"size"_s, 10},
            {u"content_type"_s, u"image/tiff"_s},
            {u"sha256"_s, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s}};
    }

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
        m_keiyakuId = test::userIdOf(svc(), m_keiyaku);
        m_kanriId = test::userIdOf(svc(), m_kanri);
        m_ippanId = test::userIdOf(svc(), m_ippan);
        m_guestId = test::userIdOf(svc(), m_guest);
        m_droneId = test::userIdOf(svc(), m_drone);
        m_otherId = test::userIdOf(svc(), m_other);
        for (const QString &id :
             {m_keiyakuId, m_kanriId, m_ippanId, m_guestId, m_droneId, m_otherId})
            QVERIFY(!id.isEmpty());
        m_folders = test::folderIds(svc(), m_keiyaku);
        QCOMPARE(m_folders.size(), 38);
    }

    void listsAndFilters()
    {
        // ippan@: general on 東京営業所, adding upload and download.
        const QJsonArray ippan =
            test::listAll(svc(), u"/role-assignments?user_id="_s + m_ippanId, m_keiyaku);
        QCOMPARE(ippan.size(), 1);
        const QJsonObject a = ippan.at(0).toObject();
        QCOMPARE(a.value(u"user_id"_s).toString(), m_ippanId);
        QCOMPARE(a.value(u"role_id"_s).toString(), u"general"_s);
        QCOMPARE(a.value(u"scope"_s).toObject(),
                 (QJsonObject{{u"type"_s, u"folder"_s}, {u"id"_s, folder(u"東京営業所"_s)}}));
        QCOMPARE(operationsOf(a), (QSet<QString>{u"upload"_s, u"download"_s}));
        const HttpAnswer one =
            svc().get(u"/role-assignments/"_s + a.value(u"id"_s).toString(), m_keiyaku);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), a);
        QCOMPARE(one.header("ETag"), '"' + etagOf(one).toLatin1() + '"');
        // Roles with fixed rights add nothing.
        QCOMPARE(assignmentOf(m_guestId, u"guest"_s).value(u"operations"_s).toArray(),
                 QJsonArray());
        QCOMPARE(operationsOf(assignmentOf(m_droneId, u"drone_operator"_s)),
                 QSet<QString>{u"create_project"_s});

        // The tenant's contract administrators: keiyaku@ and two more in the demo.
        const QJsonArray tenantWide =
            test::listAll(svc(), u"/role-assignments?scope_type=tenant"_s, m_keiyaku);
        QCOMPARE(tenantWide.size(), 3);
        for (const QJsonValue v : tenantWide) {
            QCOMPARE(v.toObject().value(u"role_id"_s).toString(), u"contract_admin"_s);
            QVERIFY(v.toObject().value(u"scope"_s).toObject().value(u"id"_s).isNull());
        }
        const QJsonArray onTokyo = test::listAll(
            svc(), u"/role-assignments?scope_type=folder&scope_id="_s + folder(u"東京営業所"_s),
            m_keiyaku);
        QVERIFY(test::idsOf(onTokyo).contains(a.value(u"id"_s).toString()));
        for (const QJsonValue v : onTokyo)
            QCOMPARE(v.toObject().value(u"scope"_s).toObject().value(u"id"_s).toString(),
                     folder(u"東京営業所"_s));
        QCOMPARE(
            test::listAll(svc(), u"/role-assignments?user_id=u_nosuchuser"_s, m_keiyaku).size(), 0);

        HttpAnswer r =
            svc().get(u"/role-assignments?scope_id="_s + folder(u"東京営業所"_s), m_keiyaku);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"scope_id"_s);
        r = svc().get(u"/role-assignments?scope_type=planet"_s, m_keiyaku);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"scope_type"_s);
        QCOMPARE(
            svc()
                .get(u"/role-assignments?user_id="_s + m_ippanId + u"&updated_since=0"_s, m_keiyaku)
                .status,
            400);

        // Administrators see the assignments on scopes inside theirs; others have no such route.
        const QSet<QString> kanto = test::idsOf(test::listAll(svc(), u"/folders"_s, m_kanri));
        QCOMPARE(kanto.size(), 6);
        const QJsonArray kanri = test::listAll(svc(), u"/role-assignments"_s, m_kanri);
        QVERIFY(test::idsOf(kanri).contains(a.value(u"id"_s).toString()));
        QVERIFY(test::idsOf(kanri).contains(
            assignmentOf(m_kanriId, u"admin"_s).value(u"id"_s).toString()));
        const QJsonArray kanriProjects = test::listAll(svc(), u"/projects"_s, m_kanri);
        const QSet<QString> kantoProjects = test::idsOf(kanriProjects);
        for (const QJsonValue v : kanri) {
            const QJsonObject scope = v.toObject().value(u"scope"_s).toObject();
            const QString type = scope.value(u"type"_s).toString();
            QVERIFY(type != u"tenant"_s);
            QVERIFY((type == u"folder"_s ? kanto : kantoProjects)
                        .contains(scope.value(u"id"_s).toString()));
        }
        QVERIFY(test::listAll(svc(), u"/role-assignments"_s, m_keiyaku).size() > kanri.size());
        const QString guestAssignment =
            assignmentOf(m_guestId, u"guest"_s).value(u"id"_s).toString();
        QCOMPARE(svc().get(u"/role-assignments/"_s + guestAssignment, m_kanri).status, 404);
        r = svc().get(u"/role-assignments"_s, m_ippan);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.problem(), u"not-admin"_s);

        // Another tenant's ids are unknown.
        QCOMPARE(svc().get(u"/role-assignments/"_s + a.value(u"id"_s).toString(), m_other).status,
                 404);
        QCOMPARE(test::listAll(svc(), u"/role-assignments"_s, m_other).size() > 0, true);
        QVERIFY(!test::idsOf(test::listAll(svc(), u"/role-assignments"_s, m_other))
                     .contains(a.value(u"id"_s).toString()));
    }

    void createRefusals()
    {
        const QString yokohama = folder(u"横浜営業所"_s);
        // Each refusal names its field (or is a conflict / forbidden).
        struct Case
        {
            QJsonObject body;
            QString token;
            int status;
            QString field;
        };
        const QString otherFolder = test::folderIds(svc(), m_other).value(u"本社"_s);
        const QList<Case> cases{
            {assignment(m_guestId, u"owner"_s, u"folder"_s, yokohama), m_keiyaku, 400,
             u"role_id"_s},
            {assignment(u"u_nosuchuser"_s, u"guest"_s, u"folder"_s, yokohama), m_keiyaku, 400,
             u"user_id"_s},
            {assignment(m_otherId, u"guest"_s, u"folder"_s, yokohama), m_keiyaku, 400,
             u"user_id"_s},
            {assignment(m_guestId, u"guest"_s, u"folder"_s, u"f_nosuchfolder"_s), m_keiyaku, 400,
             u"scope/id"_s},
            {assignment(m_guestId, u"guest"_s, u"folder"_s, otherFolder), m_keiyaku, 400,
             u"scope/id"_s},
            {assignment(m_guestId, u"guest"_s, u"project"_s, yokohama), m_keiyaku, 400,
             u"scope/id"_s},
            {assignment(m_guestId, u"contract_admin"_s, u"folder"_s, yokohama), m_keiyaku, 400,
             u"scope/type"_s},
            {assignment(m_guestId, u"general"_s, u"tenant"_s, QJsonValue()), m_keiyaku, 400,
             u"scope/type"_s},
            {assignment(m_guestId, u"guest"_s, u"folder"_s, yokohama, QJsonArray{u"upload"_s}),
             m_keiyaku, 400, u"operations"_s},
            {assignment(m_guestId, u"general"_s, u"folder"_s, yokohama, QJsonArray{u"view"_s}),
             m_keiyaku, 400, u"operations"_s},
            {assignment(m_guestId, u"general"_s, u"folder"_s, yokohama,
                        QJsonArray{u"upload"_s, u"upload"_s}),
             m_keiyaku, 400, u"operations"_s},
            {assignment(m_guestId, u"drone_operator"_s, u"folder"_s, yokohama,
                        QJsonArray{u"download"_s}),
             m_keiyaku, 400, u"operations"_s},
            {assignment(m_guestId, u"general"_s, u"folder"_s, yokohama, QJsonArray{u"fly"_s}),
             m_keiyaku, 400, u"operations/0"_s},
            {assignment(m_ippanId, u"general"_s, u"folder"_s, folder(u"東京営業所"_s)),
             m_keiyaku,
             409,
             {}},
            {assignment(m_guestId, u"contract_admin"_s, u"tenant"_s, QJsonValue()),
             m_kanri,
             403,
             {}},
            {assignment(m_guestId, u"guest"_s, u"folder"_s, folder(u"関西支店"_s)), m_kanri, 400,
             u"scope/id"_s},
            {assignment(m_guestId, u"guest"_s, u"folder"_s, folder(u"関東支店"_s)),
             m_ippan,
             403,
             {}},
        };
        const qsizetype before = test::listAll(svc(), u"/role-assignments"_s, m_keiyaku).size();
        for (const Case &c : cases) {
            const HttpAnswer r = create(c.body, c.token);
            QVERIFY2(r.status == c.status,
                     qPrintable(QString::fromUtf8(test::compact(c.body) + " → " + r.body)));
            if (!c.field.isEmpty())
                QCOMPARE(fieldOf(r), c.field);
        }
        QCOMPARE(test::listAll(svc(), u"/role-assignments"_s, m_keiyaku).size(), before);
        QCOMPARE(
            create(assignment(m_guestId, u"contract_admin"_s, u"tenant"_s, QJsonValue()), m_kanri)
                .problem(),
            u"forbidden"_s);
        QCOMPARE(
            create(assignment(m_guestId, u"guest"_s, u"folder"_s, yokohama), m_ippan).problem(),
            u"not-admin"_s);

        // The accepted forms, from the contract administrator and from the administrator in scope.
        HttpAnswer r = svc().post(u"/role-assignments"_s,
                                  assignment(m_guestId, u"general"_s, u"folder"_s, yokohama,
                                             QJsonArray{u"download"_s, u"upload"_s}),
                                  m_keiyaku, {{"Idempotency-Key", "assign-1"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"user_id"_s).toString(), m_guestId);
        QCOMPARE(operationsOf(r.json()), (QSet<QString>{u"upload"_s, u"download"_s}));
        QCOMPARE(r.header("ETag"), '"' + etagOf(r).toLatin1() + '"');
        QVERIFY(r.json().value(u"id"_s).toString().startsWith(u"ra_"_s));
        const HttpAnswer replay =
            svc().post(u"/role-assignments"_s,
                       assignment(m_guestId, u"general"_s, u"folder"_s, yokohama,
                                  QJsonArray{u"download"_s, u"upload"_s}),
                       m_keiyaku, {{"Idempotency-Key", "assign-1"}});
        QCOMPARE(replay.json(), r.json());
        QCOMPARE(
            create(assignment(m_guestId, u"general"_s, u"folder"_s, yokohama), m_keiyaku).status,
            409);

        r = create(assignment(m_droneId, u"guest"_s, u"folder"_s, yokohama), m_kanri);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"operations"_s).toArray(), QJsonArray());
        const QString project =
            test::listAll(svc(), u"/projects?folder_id="_s + folder(u"完了案件"_s), m_kanri)
                .at(0)
                .toObject()
                .value(u"id"_s)
                .toString();
        QVERIFY(!project.isEmpty());
        r = create(assignment(m_droneId, u"admin"_s, u"project"_s, project), m_kanri);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"scope"_s).toObject().value(u"id"_s).toString(), project);
        r = create(assignment(m_guestId, u"contract_admin"_s, u"tenant"_s, QJsonValue()),
                   m_keiyaku);
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value(u"scope"_s).toObject().value(u"id"_s).isNull());
        QCOMPARE(test::remove(svc(), u"/role-assignments/"_s + r.json().value(u"id"_s).toString(),
                              m_keiyaku, etagOf(r))
                     .status,
                 204);
    }

    void patchAndDelete()
    {
        const test::Delta start = test::delta(svc(), u"/role-assignments"_s, m_keiyaku, u"0"_s);
        QCOMPARE(start.status, 200);
        const test::Delta kanriStart = test::delta(svc(), u"/role-assignments"_s, m_kanri, u"0"_s);
        const QString saitama = folder(u"さいたま出張所"_s);
        HttpAnswer r = create(
            assignment(m_guestId, u"general"_s, u"folder"_s, saitama, QJsonArray{u"download"_s}),
            m_keiyaku);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(u"id"_s).toString();
        const QString path = u"/role-assignments/"_s + id;
        const QString etag = etagOf(r);

        QCOMPARE(
            test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"upload"_s}}}, m_keiyaku, {})
                .status,
            428);
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"upload"_s}}}, m_keiyaku,
                        u"r1"_s);
        QCOMPARE(r.status, 412);
        QCOMPARE(r.json().value(u"current"_s).toObject().value(u"etag"_s).toString(), etag);
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"view"_s}}}, m_keiyaku, etag);
        QCOMPARE(r.status, 400);
        QCOMPARE(fieldOf(r), u"operations"_s);
        r = test::patch(svc(), path, {}, m_keiyaku, etag);
        QCOMPARE(fieldOf(r), u"operations"_s);
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"upload"_s, u"edit"_s}}},
                        m_kanri, etag);
        QCOMPARE(r.status, 200);
        QCOMPARE(operationsOf(r.json()), (QSet<QString>{u"upload"_s, u"edit"_s}));
        QVERIFY(etagOf(r) != etag);
        QCOMPARE(r.header("ETag"), '"' + etagOf(r).toLatin1() + '"');
        QCOMPARE(svc().get(path, m_keiyaku).json(), r.json());

        // Fixed roles take no operations; assignments outside the administrator's scope are
        // unknown.
        const QJsonObject guest = assignmentOf(m_guestId, u"guest"_s);
        HttpAnswer g = test::patch(svc(), u"/role-assignments/"_s + guest.value(u"id"_s).toString(),
                                   {{u"operations"_s, QJsonArray{u"download"_s}}}, m_keiyaku,
                                   guest.value(u"etag"_s).toString());
        QCOMPARE(g.status, 400);
        QCOMPARE(fieldOf(g), u"operations"_s);
        QCOMPARE(test::patch(svc(), u"/role-assignments/"_s + guest.value(u"id"_s).toString(),
                             {{u"operations"_s, QJsonArray()}}, m_kanri, u"*"_s)
                     .status,
                 404);
        QCOMPARE(test::remove(svc(), u"/role-assignments/"_s + guest.value(u"id"_s).toString(),
                              m_kanri, u"*"_s)
                     .status,
                 404);

        // Delete: If-Match, then gone, and a tombstone in both deltas.
        QCOMPARE(test::remove(svc(), path, m_keiyaku, {}).status, 428);
        QCOMPARE(test::remove(svc(), path, m_keiyaku, etag).status, 412);
        QCOMPARE(test::remove(svc(), path, m_kanri, etagOf(r)).status, 204);
        QCOMPARE(svc().get(path, m_keiyaku).status, 404);
        QCOMPARE(test::remove(svc(), path, m_keiyaku, etagOf(r)).status, 404);
        const test::Delta d =
            test::delta(svc(), u"/role-assignments"_s, m_keiyaku, start.watermark, 3);
        QVERIFY(d.tombstoneIds().contains(id));
        QVERIFY(!d.itemIds().contains(id));
        QVERIFY(d.watermark.toLongLong() > start.watermark.toLongLong());
        QVERIFY(test::delta(svc(), u"/role-assignments"_s, m_kanri, kanriStart.watermark)
                    .tombstoneIds()
                    .contains(id));

        // Deleting a folder deletes the assignments on it (a tombstone too).
        const QString temp =
            svc()
                .post(u"/folders"_s, {{u"name"_s, u"一時"_s}, {u"parent_id"_s, saitama}}, m_keiyaku)
                .json()
                .value(u"id"_s)
                .toString();
        r = create(assignment(m_guestId, u"guest"_s, u"folder"_s, temp), m_keiyaku);
        QCOMPARE(r.status, 201);
        const QString onTemp = r.json().value(u"id"_s).toString();
        const test::Delta beforeFolder =
            test::delta(svc(), u"/role-assignments"_s, m_kanri, u"0"_s);
        QCOMPARE(test::remove(svc(), u"/folders/"_s + temp, m_kanri,
                              etagOf(svc().get(u"/folders/"_s + temp, m_kanri)))
                     .status,
                 204);
        QCOMPARE(svc().get(u"/role-assignments/"_s + onTemp, m_keiyaku).status, 404);
        QCOMPARE(test::delta(svc(), u"/role-assignments"_s, m_kanri, beforeFolder.watermark)
                     .tombstoneIds(),
                 QSet<QString>{onTemp});
    }

    void changesApplyAtOnce()
    {
        // ippan@ has no admin rights: the admin routes refuse it.
        HttpAnswer r = svc().get(u"/folders"_s, m_ippan);
        QCOMPARE(r.problem(), u"not-admin"_s);
        QCOMPARE(svc().get(u"/users"_s, m_ippan).problem(), u"not-admin"_s);

        r = create(assignment(m_ippanId, u"admin"_s, u"folder"_s, folder(u"九州営業所"_s)),
                   m_keiyaku);
        QCOMPARE(r.status, 201);
        const QString id = r.json().value(u"id"_s).toString();
        QCOMPARE(svc().get(u"/auth/me"_s, m_ippan).json().value(u"admin_level"_s).toString(),
                 u"admin"_s);
        QCOMPARE(svc().get(u"/users"_s, m_ippan).status, 200);
        const QSet<QString> kyushu{folder(u"九州営業所"_s), folder(u"福岡チーム"_s),
                                   folder(u"熊本チーム"_s)};
        QCOMPARE(test::idsOf(test::listAll(svc(), u"/folders"_s, m_ippan)), kyushu);
        QCOMPARE(svc().get(u"/folders/"_s + folder(u"東京営業所"_s), m_ippan).status, 404);

        QCOMPARE(test::remove(svc(), u"/role-assignments/"_s + id, m_keiyaku, etagOf(r)).status,
                 204);
        QCOMPARE(svc().get(u"/folders"_s, m_ippan).problem(), u"not-admin"_s);
        QCOMPARE(svc().get(u"/users"_s, m_ippan).problem(), u"not-admin"_s);

        // Operations too: without upload, ippan@ can no longer upload, but still download.
        const QString project =
            svc()
                .post(u"/projects"_s,
                      {{u"name"_s, u"操作の検証"_s}, {u"folder_id"_s, folder(u"東京営業所"_s)}},
                      m_keiyaku)
                .json()
                .value(u"id"_s)
                .toString();
        const QString files = u"/projects/"_s + project + u"/files"_s;
        const HttpAnswer uploaded = svc().post(files, fileBody(), m_ippan);
        QCOMPARE(uploaded.status, 201);
        const QJsonObject general = assignmentOf(m_ippanId, u"general"_s);
        const QString path = u"/role-assignments/"_s + general.value(u"id"_s).toString();
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"download"_s}}}, m_keiyaku,
                        general.value(u"etag"_s).toString());
        QCOMPARE(r.status, 200);
        QCOMPARE(svc().post(files, fileBody(), m_ippan).problem(), u"forbidden"_s);
        const QString download =
            u"/files/"_s + uploaded.json().value(u"id"_s).toString() + u"/download"_s;
        QCOMPARE(svc().get(download, m_ippan).status, 200);
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray()}}, m_keiyaku, etagOf(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(svc().get(download, m_ippan).problem(), u"forbidden"_s);
        QCOMPARE(svc().get(files, m_ippan).status, 200); // viewing stays
        r = test::patch(svc(), path, {{u"operations"_s, QJsonArray{u"upload"_s, u"download"_s}}},
                        m_keiyaku, etagOf(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(svc().post(files, fileBody(), m_ippan).status, 201);
    }

    void lastContractAdministratorStays()
    {
        const QJsonArray tenantWide =
            test::listAll(svc(), u"/role-assignments?scope_type=tenant"_s, m_keiyaku);
        QCOMPARE(tenantWide.size(), 3);
        QJsonObject own;
        for (const QJsonValue v : tenantWide) {
            const QJsonObject a = v.toObject();
            if (a.value(u"user_id"_s).toString() == m_keiyakuId) {
                own = a;
                continue;
            }
            QCOMPARE(test::remove(svc(), u"/role-assignments/"_s + a.value(u"id"_s).toString(),
                                  m_keiyaku, a.value(u"etag"_s).toString())
                         .status,
                     204);
        }
        QVERIFY(!own.isEmpty());
        const HttpAnswer r =
            test::remove(svc(), u"/role-assignments/"_s + own.value(u"id"_s).toString(), m_keiyaku,
                         own.value(u"etag"_s).toString());
        QCOMPARE(r.status, 409);
        QCOMPARE(r.problem(), u"conflict"_s);
        QCOMPARE(
            svc().get(u"/role-assignments/"_s + own.value(u"id"_s).toString(), m_keiyaku).status,
            200);
        // The other tenant's contract administrator cannot reach it either.
        QCOMPARE(test::remove(svc(), u"/role-assignments/"_s + own.value(u"id"_s).toString(),
                              m_other, u"*"_s)
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(TestAssignments)
#include "tst_assignments.moc"
