// Labels and label assignments of a real kanri-service process (demo data): definition by the
// contract administrator, optimistic concurrency, asset counts, the administrator's scope,
// delta sync with tombstones, tenant isolation.
#include "usertesthelpers.h"

#include <QRegularExpression>

using namespace kanri;
using kanri::test::HttpAnswer;

namespace {
QString idOf(const QJsonValue &object)
{
    return object.toObject().value(QStringLiteral("id")).toString();
}
} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku; // contract administrator of "demo"
    QString m_kanri;   // administrator of 関東支店 and what lies below it
    QString m_ippan;   // general user
    QString m_other;   // contract administrator of "other"

    // Folders and projects of "demo", split by whether kanri@ administers them.
    QStringList m_insideFolders;
    QStringList m_outsideFolders;
    QStringList m_insideProjects;
    QStringList m_outsideProjects;
    int m_counter = 0;

    // POST /labels with a fresh name; returns the created label (empty on failure).
    QJsonObject createLabel(const QString &prefix,
                            const QString &level = QStringLiteral("internal"))
    {
        const QString name = QStringLiteral("%1-%2").arg(prefix).arg(++m_counter);
        const HttpAnswer a = m_svc->post(QStringLiteral("/labels"),
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("color"), QStringLiteral("#1E90FF")},
                                          {QStringLiteral("level"), level}},
                                         m_keiyaku);
        if (a.status != 201) {
            qWarning() << "create label:" << a.status << a.body;
            return {};
        }
        return a.json();
    }

    HttpAnswer assign(const QString &labelId, const QString &type, const QString &targetId,
                      const QString &token)
    {
        return m_svc->post(
            QStringLiteral("/label-assignments"),
            {{QStringLiteral("label_id"), labelId},
             {QStringLiteral("target"),
              QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("id"), targetId}}}},
            token);
    }

    QString watermark(const QString &resource, const QString &token)
    {
        return test::currentWatermark(*m_svc, resource, token);
    }

    QJsonArray all(const QString &path, const QString &token)
    {
        return test::listAll(*m_svc, path, token);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_kanri = m_svc->signIn(QStringLiteral("kanri@demo.example"));
        m_ippan = m_svc->signIn(QStringLiteral("ippan@demo.example"));
        m_other = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_kanri.isEmpty() && !m_ippan.isEmpty() &&
                !m_other.isEmpty());

        // kanri@ administers 関東支店: the folder, its sub-folders and their projects.
        const QJsonArray folders = all(QStringLiteral("/folders?limit=1000"), m_keiyaku);
        QVERIFY(!folders.isEmpty());
        QSet<QString> inside;
        for (const QJsonValue &f : folders) {
            if (f[QStringLiteral("name")].toString() == QStringLiteral("関東支店"))
                inside.insert(idOf(f));
        }
        QCOMPARE(inside.size(), 1);
        for (bool grew = true; grew;) {
            grew = false;
            for (const QJsonValue &f : folders) {
                const QString id = idOf(f);
                if (!inside.contains(id) &&
                    inside.contains(f[QStringLiteral("parent_id")].toString())) {
                    inside.insert(id);
                    grew = true;
                }
            }
        }
        for (const QJsonValue &f : folders) {
            const QString id = idOf(f);
            (inside.contains(id) ? m_insideFolders : m_outsideFolders).append(id);
        }
        const QJsonArray projects = all(QStringLiteral("/projects?limit=1000"), m_keiyaku);
        for (const QJsonValue &p : projects) {
            const QString id = idOf(p);
            (inside.contains(p[QStringLiteral("folder_id")].toString()) ? m_insideProjects
                                                                        : m_outsideProjects)
                .append(id);
        }
        QVERIFY(!m_insideFolders.isEmpty() && !m_outsideFolders.isEmpty());
        QVERIFY(!m_insideProjects.isEmpty() && !m_outsideProjects.isEmpty());
    }

    void demoLabelsWithTheirAssetCounts()
    {
        const QJsonArray labels = all(QStringLiteral("/labels"), m_keiyaku);
        QStringList names;
        for (const QJsonValue &l : labels)
            names << l[QStringLiteral("name")].toString();
        for (const QString &demo :
             {QStringLiteral("公開"), QStringLiteral("社内限定"), QStringLiteral("社外秘"),
              QStringLiteral("機密"), QStringLiteral("個人情報あり")})
            QVERIFY2(names.contains(demo), qPrintable(demo));
        QVERIFY(!names.contains(QStringLiteral("部外秘"))); // the other tenant's
        const QJsonArray assignments =
            all(QStringLiteral("/label-assignments?limit=1000"), m_keiyaku);
        QVERIFY(!assignments.isEmpty());
        qint64 sum = 0;
        for (const QJsonValue &v : labels) {
            const QJsonObject l = v.toObject();
            QVERIFY(QRegularExpression(QStringLiteral("^r[0-9]+$"))
                        .match(l[QStringLiteral("etag")].toString())
                        .hasMatch());
            QVERIFY(QRegularExpression(QStringLiteral("^#[0-9A-Fa-f]{6}$"))
                        .match(l[QStringLiteral("color")].toString())
                        .hasMatch());
            int count = 0;
            for (const QJsonValue &a : assignments)
                count += a[QStringLiteral("label_id")].toString() == idOf(l);
            QCOMPARE(l[QStringLiteral("asset_count")].toInt(), count);
            sum += count;
        }
        QCOMPARE(sum, qint64(assignments.size()));
        // Paging: limit 2 walks the same labels in creation order.
        const QJsonArray paged = all(QStringLiteral("/labels?limit=2"), m_keiyaku);
        QCOMPARE(m_svc->get(QStringLiteral("/labels?limit=2"), m_keiyaku)
                     .json()[QStringLiteral("items")]
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(test::idsOf(paged), test::idsOf(labels));
    }

    void whoMayReadAndDefine()
    {
        QCOMPARE(m_svc->get(QStringLiteral("/labels"), m_kanri).status,
                 200); // tenant-wide, read-only
        const HttpAnswer general = m_svc->get(QStringLiteral("/labels"), m_ippan);
        QCOMPARE(general.status, 403);
        QCOMPARE(general.problem(), QStringLiteral("not-admin"));
        QCOMPARE(m_svc->get(QStringLiteral("/label-assignments"), m_ippan).problem(),
                 QStringLiteral("not-admin"));
        QCOMPARE(m_svc->get(QStringLiteral("/labels")).status, 401);

        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("管理者の案")},
                               {QStringLiteral("color"), QStringLiteral("#123456")},
                               {QStringLiteral("level"), QStringLiteral("public")}};
        const HttpAnswer byAdmin = m_svc->post(QStringLiteral("/labels"), body, m_kanri);
        QCOMPARE(byAdmin.status, 403);
        QCOMPARE(byAdmin.problem(), QStringLiteral("forbidden"));
        QCOMPARE(m_svc->post(QStringLiteral("/labels"), body, m_ippan).problem(),
                 QStringLiteral("not-admin"));
        // Nothing was created by the refused requests.
        for (const QJsonValue &l : all(QStringLiteral("/labels"), m_keiyaku))
            QVERIFY(l[QStringLiteral("name")].toString() != QStringLiteral("管理者の案"));
    }

    void createIsIdempotentAndNamesAreUnique()
    {
        const QJsonObject body{
            {QStringLiteral("name"), QStringLiteral("取引先共有")},
            {QStringLiteral("color"), QStringLiteral("#d93025")},
            {QStringLiteral("level"), QStringLiteral("confidential")},
            {QStringLiteral("description"), QStringLiteral("契約先と共有してよい。")}};
        const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", "labels-create-1"}};
        const HttpAnswer a = m_svc->post(QStringLiteral("/labels"), body, m_keiyaku, key);
        QCOMPARE(a.status, 201);
        const QJsonObject l = a.json();
        QVERIFY(idOf(l).startsWith(QStringLiteral("l_")));
        QCOMPARE(l[QStringLiteral("name")].toString(), QStringLiteral("取引先共有"));
        QCOMPARE(l[QStringLiteral("color")].toString(), QStringLiteral("#d93025"));
        QCOMPARE(l[QStringLiteral("level")].toString(), QStringLiteral("confidential"));
        QCOMPARE(l[QStringLiteral("description")].toString(),
                 QStringLiteral("契約先と共有してよい。"));
        QCOMPARE(l[QStringLiteral("asset_count")].toInt(), 0);
        QCOMPARE(l[QStringLiteral("created_at")], l[QStringLiteral("updated_at")]);
        QCOMPARE(a.header("ETag"), test::quoted(l[QStringLiteral("etag")].toString()));

        const HttpAnswer replay = m_svc->post(QStringLiteral("/labels"), body, m_keiyaku, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json(), l);

        const HttpAnswer again = m_svc->post(QStringLiteral("/labels"), body, m_keiyaku);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.problem(), QStringLiteral("conflict"));
        const HttpAnswer existing =
            m_svc->post(QStringLiteral("/labels"),
                        {{QStringLiteral("name"), QStringLiteral("社外秘")},
                         {QStringLiteral("color"), QStringLiteral("#000000")},
                         {QStringLiteral("level"), QStringLiteral("public")}},
                        m_keiyaku);
        QCOMPARE(existing.status, 409);
        // Another tenant may use the same name.
        QCOMPARE(m_svc->post(QStringLiteral("/labels"), body, m_other).status, 201);

        const HttpAnswer got = m_svc->get(QStringLiteral("/labels/") + idOf(l), m_keiyaku);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json(), l);
        QCOMPARE(got.header("ETag"), test::quoted(l[QStringLiteral("etag")].toString()));
    }

    void badBodiesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("short colour")
            << QByteArray("{\"name\":\"x1\",\"color\":\"#12345\",\"level\":\"public\"}") << "color";
        QTest::newRow("named colour")
            << QByteArray("{\"name\":\"x2\",\"color\":\"red\",\"level\":\"public\"}") << "color";
        QTest::newRow("unknown level")
            << QByteArray("{\"name\":\"x3\",\"color\":\"#123456\",\"level\":\"top\"}") << "level";
        QTest::newRow("no level") << QByteArray("{\"name\":\"x4\",\"color\":\"#123456\"}")
                                  << "level";
        QTest::newRow("empty name")
            << QByteArray("{\"name\":\"  \",\"color\":\"#123456\",\"level\":\"public\"}") << "name";
        QTest::newRow("long name") << QByteArray("{\"name\":\"" + QByteArray(201, 'a') +
                                                 "\",\"color\":\"#123456\",\"level\":\"public\"}")
                                   << "name";
        QTest::newRow("number name")
            << QByteArray("{\"name\":5,\"color\":\"#123456\",\"level\":\"public\"}") << "name";
        QTest::newRow("unknown member")
            << QByteArray(
                   "{\"name\":\"x5\",\"color\":\"#123456\",\"level\":\"public\",\"asset_count\":3}")
            << "asset_count";
        QTest::newRow("long description") << QByteArray("{\"name\":\"x6\",\"color\":\"#123456\","
                                                        "\"level\":\"public\",\"description\":\"" +
                                                        QByteArray(2001, 'd') + "\"}")
                                          << "description";
    }

    void badBodiesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpAnswer a = m_svc->request("POST", QStringLiteral("/labels"), body, m_keiyaku);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.problem(), QStringLiteral("validation"));
        QCOMPARE(test::problemFields(a), QStringList{field});
        QCOMPARE(
            m_svc->request("POST", QStringLiteral("/labels"), "{not json", m_keiyaku).problem(),
            QStringLiteral("malformed-json"));
    }

    void changeNeedsTheCurrentEtag()
    {
        const QJsonObject l = createLabel(QStringLiteral("変更用"));
        QVERIFY(!l.isEmpty());
        const QString path = QStringLiteral("/labels/") + idOf(l);
        const QString etag = l[QStringLiteral("etag")].toString();
        const QJsonObject change{{QStringLiteral("color"), QStringLiteral("#00AA00")},
                                 {QStringLiteral("level"), QStringLiteral("secret")}};

        const HttpAnswer missing = m_svc->send("PATCH", path, change, m_keiyaku);
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.problem(), QStringLiteral("precondition-required"));
        const HttpAnswer stale = m_svc->send("PATCH", path, change, m_keiyaku, {{"If-Match", "\"r1\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json()[QStringLiteral("current")].toObject(), l);
        const HttpAnswer byAdmin =
            m_svc->send("PATCH", path, change, m_kanri, {{"If-Match", test::quoted(etag)}});
        QCOMPARE(byAdmin.status, 403);
        QCOMPARE(byAdmin.problem(), QStringLiteral("forbidden"));
        const HttpAnswer empty =
            m_svc->send("PATCH", path, {}, m_keiyaku, {{"If-Match", test::quoted(etag)}});
        QCOMPARE(empty.status, 400);

        const HttpAnswer ok =
            m_svc->send("PATCH", path, change, m_keiyaku, {{"If-Match", test::quoted(etag)}});
        QCOMPARE(ok.status, 200);
        const QJsonObject changed = ok.json();
        QCOMPARE(changed[QStringLiteral("color")].toString(), QStringLiteral("#00AA00"));
        QCOMPARE(changed[QStringLiteral("level")].toString(), QStringLiteral("secret"));
        QCOMPARE(changed[QStringLiteral("name")], l[QStringLiteral("name")]);
        QVERIFY(changed[QStringLiteral("etag")].toString() != etag);
        QCOMPARE(ok.header("ETag"), test::quoted(changed[QStringLiteral("etag")].toString()));
        QCOMPARE(m_svc->get(path, m_keiyaku).json(), changed);

        // The old tag is stale now; the bare value of the new one is accepted.
        QCOMPARE(m_svc->send("PATCH", path, change, m_keiyaku, {{"If-Match", test::quoted(etag)}}).status,
                 412);
        const HttpAnswer taken =
            m_svc->send("PATCH", path, {{QStringLiteral("name"), QStringLiteral("機密")}}, m_keiyaku,
                 {{"If-Match", changed[QStringLiteral("etag")].toString().toLatin1()}});
        QCOMPARE(taken.status, 409);
        const HttpAnswer renamed =
            m_svc->send("PATCH", path, {{QStringLiteral("name"), QStringLiteral("改名済み")}}, m_keiyaku,
                 {{"If-Match", changed[QStringLiteral("etag")].toString().toLatin1()}});
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.json()[QStringLiteral("name")].toString(), QStringLiteral("改名済み"));
    }

    void otherTenantsLabelsAreMissing()
    {
        const QJsonObject l = createLabel(QStringLiteral("隔離"));
        QVERIFY(!l.isEmpty());
        const QString path = QStringLiteral("/labels/") + idOf(l);
        const QByteArray tag = test::quoted(l[QStringLiteral("etag")].toString());
        QCOMPARE(m_svc->get(path, m_other).status, 404);
        QCOMPARE(m_svc->send("PATCH", path, {{QStringLiteral("name"), QStringLiteral("x")}}, m_other,
                      {{"If-Match", tag}})
                     .status,
                 404);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_other, {{"If-Match", tag}}).status, 404);
        QCOMPARE(m_svc->get(QStringLiteral("/labels/l_doesnotexist0000"), m_keiyaku).status, 404);
        for (const QJsonValue &o : all(QStringLiteral("/labels"), m_other))
            QVERIFY(idOf(o) != idOf(l));
        // Nor can its label be put on the other tenant's folders.
        const QJsonArray otherFolders = all(QStringLiteral("/folders"), m_other);
        QVERIFY(!otherFolders.isEmpty());
        const HttpAnswer a =
            assign(idOf(l), QStringLiteral("folder"), idOf(otherFolders.first()), m_other);
        QCOMPARE(a.status, 400);
        QCOMPARE(test::problemFields(a), QStringList{QStringLiteral("label_id")});
        const HttpAnswer b =
            assign(idOf(l), QStringLiteral("folder"), idOf(otherFolders.first()), m_keiyaku);
        QCOMPARE(b.status, 400);
        QCOMPARE(test::problemFields(b), QStringList{QStringLiteral("target/id")});
    }

    void assignmentsRaiseTheCountAndShowInDeltas()
    {
        const QJsonObject l = createLabel(QStringLiteral("付与"));
        QVERIFY(!l.isEmpty());
        const QString labelId = idOf(l);
        const QString labelsMark = watermark(QStringLiteral("/labels"), m_keiyaku);
        const QString assignmentsMark = watermark(QStringLiteral("/label-assignments"), m_keiyaku);
        QVERIFY(!labelsMark.isEmpty() && !assignmentsMark.isEmpty());

        const HttpAnswer onFolder =
            m_svc->post(QStringLiteral("/label-assignments"),
                        {{QStringLiteral("label_id"), labelId},
                         {QStringLiteral("target"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                                      {QStringLiteral("id"), m_outsideFolders.first()}}}},
                        m_keiyaku, {{"Idempotency-Key", "assign-1"}});
        QCOMPARE(onFolder.status, 201);
        const QJsonObject a1 = onFolder.json();
        QVERIFY(idOf(a1).startsWith(QStringLiteral("la_")));
        QCOMPARE(a1[QStringLiteral("label_id")].toString(), labelId);
        QCOMPARE(a1[QStringLiteral("target")].toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("folder")},
                              {QStringLiteral("id"), m_outsideFolders.first()}}));
        QVERIFY(!a1.contains(QStringLiteral("etag")));
        const HttpAnswer onProject =
            assign(labelId, QStringLiteral("project"), m_outsideProjects.first(), m_keiyaku);
        QCOMPARE(onProject.status, 201);
        const QJsonObject a2 = onProject.json();

        const HttpAnswer twice =
            assign(labelId, QStringLiteral("project"), m_outsideProjects.first(), m_keiyaku);
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.problem(), QStringLiteral("conflict"));
        const HttpAnswer wrongType =
            assign(labelId, QStringLiteral("folder"), m_outsideProjects.first(), m_keiyaku);
        QCOMPARE(wrongType.status, 400);
        QCOMPARE(test::problemFields(wrongType), QStringList{QStringLiteral("target/id")});
        const HttpAnswer unknownLabel = assign(QStringLiteral("l_nope"), QStringLiteral("folder"),
                                               m_outsideFolders.first(), m_keiyaku);
        QCOMPARE(test::problemFields(unknownLabel), QStringList{QStringLiteral("label_id")});
        const HttpAnswer badType =
            assign(labelId, QStringLiteral("user"), m_outsideFolders.first(), m_keiyaku);
        QCOMPARE(test::problemFields(badType), QStringList{QStringLiteral("target/type")});

        // The label's count and change number moved with its assignments.
        const HttpAnswer label = m_svc->get(QStringLiteral("/labels/") + labelId, m_keiyaku);
        QCOMPARE(label.json()[QStringLiteral("asset_count")].toInt(), 2);
        QVERIFY(label.json()[QStringLiteral("etag")] != l[QStringLiteral("etag")]);
        const test::Delta labels =
            test::deltaSince(*m_svc, QStringLiteral("/labels"), labelsMark, m_keiyaku);
        QVERIFY(labels.ok);
        QCOMPARE(test::idsOf(labels.items), QStringList{labelId});
        QCOMPARE(test::findById(labels.items, labelId)[QStringLiteral("asset_count")].toInt(), 2);
        const test::Delta assignments = test::deltaSince(
            *m_svc, QStringLiteral("/label-assignments"), assignmentsMark, m_keiyaku, 1);
        QVERIFY(assignments.ok);
        QCOMPARE(assignments.pages, 2); // one per page
        QCOMPARE(test::idsOf(assignments.items), (QStringList{idOf(a1), idOf(a2)}));
        QCOMPARE(test::findById(assignments.items, idOf(a1)), a1);
        QVERIFY(assignments.watermark.toLongLong() > assignmentsMark.toLongLong());

        // Filters of the plain list.
        QCOMPARE(
            test::idsOf(all(QStringLiteral("/label-assignments?label_id=") + labelId, m_keiyaku)),
            (QStringList{idOf(a1), idOf(a2)}));
        QCOMPARE(
            test::idsOf(all(
                QStringLiteral("/label-assignments?label_id=%1&target_type=project").arg(labelId),
                m_keiyaku)),
            QStringList{idOf(a2)});
        const QJsonArray onTarget =
            all(QStringLiteral("/label-assignments?target_type=folder&target_id=") +
                    m_outsideFolders.first(),
                m_keiyaku);
        QVERIFY(test::idsOf(onTarget).contains(idOf(a1)));
        for (const QJsonValue &v : onTarget)
            QCOMPARE(v[QStringLiteral("target")][QStringLiteral("id")].toString(),
                     m_outsideFolders.first());
        QCOMPARE(
            m_svc
                ->get(QStringLiteral("/label-assignments?target_id=") + m_outsideFolders.first(),
                      m_keiyaku)
                .status,
            400);
        QCOMPARE(
            m_svc->get(QStringLiteral("/label-assignments?target_type=user"), m_keiyaku).status,
            400);
        QCOMPARE(m_svc
                     ->get(QStringLiteral("/label-assignments?updated_since=0&label_id=") + labelId,
                           m_keiyaku)
                     .status,
                 400);

        // Taking one off: a tombstone, the count goes down, and the second removal is a 404.
        const QString mark2 = watermark(QStringLiteral("/label-assignments"), m_keiyaku);
        const QString path = QStringLiteral("/label-assignments/") + idOf(a2);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_other).status, 404);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku).status, 204);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku).status, 404);
        QCOMPARE(m_svc->get(QStringLiteral("/labels/") + labelId, m_keiyaku)
                     .json()[QStringLiteral("asset_count")]
                     .toInt(),
                 1);
        const test::Delta removed =
            test::deltaSince(*m_svc, QStringLiteral("/label-assignments"), mark2, m_keiyaku);
        QVERIFY(removed.ok);
        QCOMPARE(removed.items.size(), 0);
        QCOMPARE(test::idsOf(removed.tombstones), QStringList{idOf(a2)});
        QVERIFY(!removed.tombstones.first()[QStringLiteral("deleted_at")].toString().isEmpty());
    }

    void deletingALabelRemovesItsAssignments()
    {
        const QJsonObject l = createLabel(QStringLiteral("削除"));
        QVERIFY(!l.isEmpty());
        const QString labelId = idOf(l);
        QStringList assignmentIds;
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer a =
                assign(labelId, QStringLiteral("project"),
                       m_outsideProjects.at(i % m_outsideProjects.size()), m_keiyaku);
            QCOMPARE(a.status, 201);
            assignmentIds << idOf(a.json());
        }
        const HttpAnswer current = m_svc->get(QStringLiteral("/labels/") + labelId, m_keiyaku);
        QCOMPARE(current.json()[QStringLiteral("asset_count")].toInt(), 3);
        const QString labelsMark = watermark(QStringLiteral("/labels"), m_keiyaku);
        const QString assignmentsMark = watermark(QStringLiteral("/label-assignments"), m_keiyaku);

        const QString path = QStringLiteral("/labels/") + labelId;
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku).status, 428);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku,
                      {{"If-Match", test::quoted(l[QStringLiteral("etag")].toString())}})
                     .status,
                 412);
        const HttpAnswer byAdmin =
            m_svc->send("DELETE", path, {}, m_kanri, {{"If-Match", current.header("ETag")}});
        QCOMPARE(byAdmin.status, 403);
        QCOMPARE(byAdmin.problem(), QStringLiteral("forbidden"));
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku, {{"If-Match", current.header("ETag")}}).status,
                 204);
        QCOMPARE(m_svc->get(path, m_keiyaku).status, 404);
        QCOMPARE(m_svc->send("DELETE", path, {}, m_keiyaku, {{"If-Match", current.header("ETag")}}).status,
                 404);
        QVERIFY(!test::idsOf(all(QStringLiteral("/labels"), m_keiyaku)).contains(labelId));
        QCOMPARE(all(QStringLiteral("/label-assignments?label_id=") + labelId, m_keiyaku).size(),
                 0);

        const test::Delta labels =
            test::deltaSince(*m_svc, QStringLiteral("/labels"), labelsMark, m_keiyaku);
        QVERIFY(labels.ok);
        QCOMPARE(labels.items.size(), 0);
        QCOMPARE(test::idsOf(labels.tombstones), QStringList{labelId});
        // Every assignment is a tombstone of its own, paged one by one.
        const test::Delta assignments = test::deltaSince(
            *m_svc, QStringLiteral("/label-assignments"), assignmentsMark, m_keiyaku, 1);
        QVERIFY(assignments.ok);
        QCOMPARE(assignments.items.size(), 0);
        QCOMPARE(test::idsOf(assignments.tombstones), assignmentIds);
        QCOMPARE(assignments.pages, 3);
        QVERIFY(assignments.watermark.toLongLong() > assignmentsMark.toLongLong());
        // The name is free again.
        const HttpAnswer reuse = m_svc->post(QStringLiteral("/labels"),
                                             {{QStringLiteral("name"), l[QStringLiteral("name")]},
                                              {QStringLiteral("color"), QStringLiteral("#ABCDEF")},
                                              {QStringLiteral("level"), QStringLiteral("public")}},
                                             m_keiyaku);
        QCOMPARE(reuse.status, 201);
        QVERIFY(reuse.json()[QStringLiteral("id")] != l[QStringLiteral("id")]);
    }

    void administratorLabelsOnlyInsideItsFolder()
    {
        const QJsonObject l = createLabel(QStringLiteral("範囲"));
        QVERIFY(!l.isEmpty());
        const QString labelId = idOf(l);

        const HttpAnswer inFolder =
            assign(labelId, QStringLiteral("folder"), m_insideFolders.last(), m_kanri);
        QCOMPARE(inFolder.status, 201);
        const HttpAnswer inProject =
            assign(labelId, QStringLiteral("project"), m_insideProjects.first(), m_kanri);
        QCOMPARE(inProject.status, 201);
        // Outside its scope a target is answered as if it did not exist (400 per the contract:
        // an unknown target of a create is a validation error, not a missing resource).
        const HttpAnswer outFolder =
            assign(labelId, QStringLiteral("folder"), m_outsideFolders.first(), m_kanri);
        QCOMPARE(outFolder.status, 400);
        QCOMPARE(test::problemFields(outFolder), QStringList{QStringLiteral("target/id")});
        const HttpAnswer outProject =
            assign(labelId, QStringLiteral("project"), m_outsideProjects.first(), m_kanri);
        QCOMPARE(outProject.status, 400);
        QCOMPARE(
            outProject.json()[QStringLiteral("detail")],
            assign(labelId, QStringLiteral("project"), QStringLiteral("p_doesnotexist000"), m_kanri)
                .json()[QStringLiteral("detail")]);
        // The contract administrator puts it outside.
        const HttpAnswer outside =
            assign(labelId, QStringLiteral("project"), m_outsideProjects.first(), m_keiyaku);
        QCOMPARE(outside.status, 201);
        const QString outsideId = idOf(outside.json());

        // kanri@ sees only the assignments on its folders and projects, in lists and deltas.
        const QJsonArray seen = all(QStringLiteral("/label-assignments?limit=1000"), m_kanri);
        QVERIFY(test::idsOf(seen).contains(idOf(inFolder.json())));
        QVERIFY(test::idsOf(seen).contains(idOf(inProject.json())));
        QVERIFY(!test::idsOf(seen).contains(outsideId));
        for (const QJsonValue &v : seen) {
            const QJsonObject target = v[QStringLiteral("target")].toObject();
            const QStringList &mine =
                target[QStringLiteral("type")].toString() == QStringLiteral("folder")
                    ? m_insideFolders
                    : m_insideProjects;
            QVERIFY2(mine.contains(idOf(target)), qPrintable(idOf(target)));
        }
        const test::Delta delta = test::deltaSince(*m_svc, QStringLiteral("/label-assignments"),
                                                   QStringLiteral("0"), m_kanri, 1000);
        QVERIFY(delta.ok);
        QVERIFY(!test::idsOf(delta.items).contains(outsideId));
        QCOMPARE(test::idsOf(delta.items).size(), seen.size());
        // The label itself counts every folder and project that carries it.
        QCOMPARE(m_svc->get(QStringLiteral("/labels/") + labelId, m_kanri)
                     .json()[QStringLiteral("asset_count")]
                     .toInt(),
                 3);

        QCOMPARE(
            m_svc->send("DELETE", QStringLiteral("/label-assignments/") + outsideId, {}, m_kanri).status,
            404);
        QCOMPARE(m_svc->send("DELETE", QStringLiteral("/label-assignments/") + idOf(inProject.json()), {},
                      m_kanri)
                     .status,
                 204);
        QCOMPARE(
            m_svc->send("DELETE", QStringLiteral("/label-assignments/") + outsideId, {}, m_keiyaku).status,
            204);
        QCOMPARE(m_svc->get(QStringLiteral("/labels/") + labelId, m_keiyaku)
                     .json()[QStringLiteral("asset_count")]
                     .toInt(),
                 1);
        // A general user may not take labels off at all.
        const HttpAnswer general = m_svc->send(
            "DELETE", QStringLiteral("/label-assignments/") + idOf(inFolder.json()), {}, m_ippan);
        QCOMPARE(general.status, 403);
        QCOMPARE(general.problem(), QStringLiteral("not-admin"));
    }
};

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
