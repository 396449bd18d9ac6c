// The service's notices on a real kanri-service process (demo data): every role reads them,
// newest first; the read state belongs to each user and travels in that user's delta only.
#include "usertesthelpers.h"

using namespace kanri;
using kanri::test::HttpAnswer;

class TestNotices : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_svc;
    QString m_keiyaku;
    QString m_ippan;
    QString m_other;

    HttpAnswer send(const QByteArray &method, const QString &path, const QString &token,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_svc->request(method, path, {}, token, headers);
    }

    QJsonArray notices(const QString &token)
    {
        bool ok = false;
        const QJsonArray items = test::allItems(*m_svc, QStringLiteral("/notices"), token, &ok);
        if (!ok)
            qWarning() << "GET /notices failed";
        return items;
    }

    QString watermark(const QString &token)
    {
        const test::Delta d =
            test::deltaSince(*m_svc, QStringLiteral("/notices"), QStringLiteral("0"), token);
        return d.ok ? d.watermark : QString();
    }

    QJsonObject noticeOfKind(const QString &token, const QString &kind)
    {
        for (const QJsonValue &v : notices(token)) {
            if (v[QStringLiteral("kind")].toString() == kind)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_svc = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_ippan = m_svc->signIn(QStringLiteral("ippan@demo.example"));
        m_other = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_ippan.isEmpty() && !m_other.isEmpty());
    }

    void demoNoticesNewestFirst()
    {
        const QJsonArray all = notices(m_keiyaku);
        QCOMPARE(all.size(), 3);
        // Announced two days ago, five days ago, twenty days ago.
        QStringList kinds;
        for (const QJsonValue &v : all)
            kinds << v[QStringLiteral("kind")].toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("maintenance"), QStringLiteral("change"),
                                     QStringLiteral("incident")}));
        for (qsizetype i = 1; i < all.size(); ++i) {
            const QDateTime newer = QDateTime::fromString(
                all[i - 1][QStringLiteral("published_at")].toString(), Qt::ISODateWithMs);
            const QDateTime older = QDateTime::fromString(
                all[i][QStringLiteral("published_at")].toString(), Qt::ISODateWithMs);
            QVERIFY(newer.isValid() && older.isValid());
            QVERIFY(newer > older);
        }
        const QJsonObject maintenance = all[0].toObject();
        const QJsonObject change = all[1].toObject();
        const QJsonObject incident = all[2].toObject();
        QCOMPARE(maintenance[QStringLiteral("title")].toString(),
                 QStringLiteral("定期メンテナンスのお知らせ"));
        QVERIFY(maintenance[QStringLiteral("body")].toString().contains(QStringLiteral("■ 日時")));
        // The maintenance lies ahead and lasts four hours.
        const QDateTime starts =
            QDateTime::fromString(maintenance[QStringLiteral("starts_at")].toString(), Qt::ISODate);
        const QDateTime ends =
            QDateTime::fromString(maintenance[QStringLiteral("ends_at")].toString(), Qt::ISODate);
        QVERIFY(starts > QDateTime::currentDateTimeUtc());
        QCOMPARE(starts.secsTo(ends), 4 * 3600);
        QVERIFY(maintenance[QStringLiteral("incident_status")].isNull());
        QVERIFY(change[QStringLiteral("ends_at")].isNull());
        QVERIFY(change[QStringLiteral("incident_status")].isNull());
        QCOMPARE(incident[QStringLiteral("incident_status")].toString(),
                 QStringLiteral("resolved"));
        QVERIFY(!incident[QStringLiteral("starts_at")].isNull() &&
                !incident[QStringLiteral("ends_at")].isNull());
        for (const QJsonValue &v : all) {
            const QJsonObject n = v.toObject();
            QCOMPARE(n.keys(),
                     (QStringList{QStringLiteral("body"), QStringLiteral("ends_at"),
                                  QStringLiteral("etag"), QStringLiteral("id"),
                                  QStringLiteral("incident_status"), QStringLiteral("kind"),
                                  QStringLiteral("published_at"), QStringLiteral("read"),
                                  QStringLiteral("starts_at"), QStringLiteral("title"),
                                  QStringLiteral("updated_at")}));
            QCOMPARE(n[QStringLiteral("read")].toBool(), false);
            const HttpAnswer one = m_svc->get(
                QStringLiteral("/notices/") + n[QStringLiteral("id")].toString(), m_keiyaku);
            QCOMPARE(one.status, 200);
            QCOMPARE(one.json(), n);
            QCOMPARE(one.header("ETag"), test::quoted(n[QStringLiteral("etag")].toString()));
        }
        // One per page gives the same order.
        QJsonArray paged;
        QString cursor;
        for (int page = 0; page < 5; ++page) {
            const HttpAnswer a = m_svc->get(
                QStringLiteral("/notices?limit=1") +
                    (cursor.isEmpty() ? QString()
                                      : QStringLiteral("&cursor=") + test::percent(cursor)),
                m_keiyaku);
            QCOMPARE(a.status, 200);
            for (const QJsonValue &v : a.json()[QStringLiteral("items")].toArray())
                paged.append(v);
            if (a.json()[QStringLiteral("next_cursor")].isNull())
                break;
            cursor = a.json()[QStringLiteral("next_cursor")].toString();
        }
        QCOMPARE(paged, all);
        QCOMPARE(m_svc->get(QStringLiteral("/notices?limit=0"), m_keiyaku).status, 400);
        QCOMPARE(m_svc->get(QStringLiteral("/notices?cursor=garbage"), m_keiyaku).status, 400);
    }

    void everyRoleReadsNotices_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("admin") << "kanri@demo.example";
        QTest::newRow("general") << "ippan@demo.example";
        QTest::newRow("guest") << "guest@demo.example";
        QTest::newRow("drone") << "drone@demo.example";
    }

    void everyRoleReadsNotices()
    {
        QFETCH(QString, login);
        const QString token = m_svc->signIn(login);
        QVERIFY(!token.isEmpty());
        QCOMPARE(test::idsOf(notices(token)), test::idsOf(notices(m_keiyaku)));
        QCOMPARE(m_svc->get(QStringLiteral("/notices")).status, 401);
    }

    void otherTenantHasItsOwnNotices()
    {
        const QStringList demo = test::idsOf(notices(m_keiyaku));
        const QStringList other = test::idsOf(notices(m_other));
        QCOMPARE(other.size(), 3);
        for (const QString &id : demo) {
            QVERIFY(!other.contains(id));
            QCOMPARE(m_svc->get(QStringLiteral("/notices/") + id, m_other).status, 404);
            QCOMPARE(send("PUT", QStringLiteral("/notices/%1/read").arg(id), m_other).status, 404);
            QCOMPARE(send("DELETE", QStringLiteral("/notices/%1/read").arg(id), m_other).status,
                     404);
        }
        QCOMPARE(m_svc->get(QStringLiteral("/notices/n_doesnotexist000"), m_keiyaku).status, 404);
        QCOMPARE(send("PUT", QStringLiteral("/notices/n_doesnotexist000/read"), m_keiyaku).status,
                 404);
    }

    void readStateBelongsToEachUser()
    {
        const QJsonObject incident = noticeOfKind(m_ippan, QStringLiteral("incident"));
        QVERIFY(!incident.isEmpty());
        const QString id = incident[QStringLiteral("id")].toString();
        const QString path = QStringLiteral("/notices/") + id;
        const QString ippanMark = watermark(m_ippan);
        const QString keiyakuMark = watermark(m_keiyaku);
        QVERIFY(!ippanMark.isEmpty() && !keiyakuMark.isEmpty());
        QVERIFY(test::deltaSince(*m_svc, QStringLiteral("/notices"), ippanMark, m_ippan)
                    .items.isEmpty());

        // No If-Match needed: the read state is the caller's own.
        const HttpAnswer read = send("PUT", path + QStringLiteral("/read"), m_ippan);
        QCOMPARE(read.status, 204);
        QVERIFY(read.body.isEmpty());
        const HttpAnswer mine = m_svc->get(path, m_ippan);
        QCOMPARE(mine.json()[QStringLiteral("read")].toBool(), true);
        QVERIFY(mine.json()[QStringLiteral("etag")] != incident[QStringLiteral("etag")]);
        QCOMPARE(mine.header("ETag"), test::quoted(mine.json()[QStringLiteral("etag")].toString()));
        QCOMPARE(noticeOfKind(m_ippan, QStringLiteral("incident"))[QStringLiteral("read")].toBool(),
                 true);
        QCOMPARE(noticeOfKind(m_ippan, QStringLiteral("change"))[QStringLiteral("read")].toBool(),
                 false);
        // keiyaku@ still sees it unread, unchanged.
        const HttpAnswer theirs = m_svc->get(path, m_keiyaku);
        QCOMPARE(theirs.json()[QStringLiteral("read")].toBool(), false);
        QCOMPARE(
            noticeOfKind(m_keiyaku, QStringLiteral("incident"))[QStringLiteral("read")].toBool(),
            false);

        // The change is in ippan@'s delta, not in keiyaku@'s.
        const test::Delta ippanDelta =
            test::deltaSince(*m_svc, QStringLiteral("/notices"), ippanMark, m_ippan);
        QVERIFY(ippanDelta.ok);
        QCOMPARE(test::idsOf(ippanDelta.items), QStringList{id});
        QCOMPARE(ippanDelta.items.first()[QStringLiteral("read")].toBool(), true);
        QVERIFY(ippanDelta.tombstones.isEmpty());
        QVERIFY(ippanDelta.watermark.toLongLong() > ippanMark.toLongLong());
        const test::Delta keiyakuDelta =
            test::deltaSince(*m_svc, QStringLiteral("/notices"), keiyakuMark, m_keiyaku);
        QVERIFY(keiyakuDelta.ok);
        QVERIFY(keiyakuDelta.items.isEmpty());

        // Marking it read again changes nothing; unread puts it into the delta once more.
        QCOMPARE(send("PUT", path + QStringLiteral("/read"), m_ippan).status, 204);
        QVERIFY(test::deltaSince(*m_svc, QStringLiteral("/notices"), ippanDelta.watermark, m_ippan)
                    .items.isEmpty());
        QCOMPARE(send("DELETE", path + QStringLiteral("/read"), m_ippan).status, 204);
        QCOMPARE(m_svc->get(path, m_ippan).json()[QStringLiteral("read")].toBool(), false);
        const test::Delta unread =
            test::deltaSince(*m_svc, QStringLiteral("/notices"), ippanDelta.watermark, m_ippan);
        QCOMPARE(test::idsOf(unread.items), QStringList{id});
        QCOMPARE(unread.items.first()[QStringLiteral("read")].toBool(), false);
        QCOMPARE(send("DELETE", path + QStringLiteral("/read"), m_ippan).status, 204);
        QCOMPARE(send("DELETE", path + QStringLiteral("/read"), m_keiyaku).status, 204);
        QCOMPARE(m_svc->get(path, m_keiyaku).json()[QStringLiteral("read")].toBool(), false);
    }

    void fullDeltaCarriesTheCallersReadState()
    {
        const QJsonObject change = noticeOfKind(m_keiyaku, QStringLiteral("change"));
        QVERIFY(!change.isEmpty());
        QCOMPARE(
            send("PUT",
                 QStringLiteral("/notices/%1/read").arg(change[QStringLiteral("id")].toString()),
                 m_keiyaku)
                .status,
            204);
        const test::Delta all =
            test::deltaSince(*m_svc, QStringLiteral("/notices"), QStringLiteral("0"), m_keiyaku, 1);
        QVERIFY(all.ok);
        QCOMPARE(all.items.size(), 3);
        QCOMPARE(all.pages, 3);
        // In change order: the notice whose read state changed last comes last.
        QCOMPARE(all.items.last()[QStringLiteral("id")], change[QStringLiteral("id")]);
        QCOMPARE(all.items.last()[QStringLiteral("read")].toBool(), true);
        QCOMPARE(test::findById(all.items, change[QStringLiteral("id")].toString()),
                 m_svc
                     ->get(QStringLiteral("/notices/") + change[QStringLiteral("id")].toString(),
                           m_keiyaku)
                     .json());
        const QJsonArray ippan = notices(m_ippan);
        QCOMPARE(
            test::findById(ippan, change[QStringLiteral("id")].toString())[QStringLiteral("read")]
                .toBool(),
            false);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
