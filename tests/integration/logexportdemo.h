#pragma once

// The demo service of tst_logexports and tst_logexportstates, with a known log laid down in
// its database: 11 access rows and 5 operation rows of "demo" in one hour 30 days ago (and
// rows just outside that hour or of "other"), and optionally 30,000 rows two hours earlier.

#include "logexporttesthelpers.h"

#include <QTimeZone>

namespace kanri::test {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

class DemoLogFixture
{
protected:
    std::unique_ptr<ServiceFixture> m_svc;
    std::unique_ptr<TestDatabase> m_db;
    QString m_keiyaku; // contract administrator of "demo" (auto-approve on)
    QString m_kanri;   // administrator of one folder
    QString m_ippan;   // general user
    QString m_other;   // contract administrator of "other" (no log export option at first)
    QString m_keiyakuId;
    QString m_kanriId;
    qint64 m_base = 0;    // a whole hour 30 days ago: the known log lies in [m_base, m_base + 1 h)
    qint64 m_bigBase = 0; // 30,000 rows in [m_bigBase, m_bigBase + 1 h)

    QJsonObject known(const QString &type, const QString &format,
                      const QJsonObject &filters = {}) const
    {
        return selection(type, m_base, m_base + kHour, format, filters);
    }
    HttpAnswer quote(const QJsonObject &body, const QString &token)
    {
        return m_svc->post(QStringLiteral("/log-exports/quote"), body, token);
    }
    qint64 rowsFor(const QJsonObject &body)
    {
        const HttpAnswer a = quote(body, m_keiyaku);
        if (a.status != 200)
            qWarning() << a.status << a.body;
        return a.status == 200 ? a.json().value(QStringLiteral("rows_estimate")).toInteger() : -1;
    }
    qint64 userPk(const QString &login) const
    {
        return m_db->scalar(QStringLiteral("SELECT pk FROM users WHERE login_key = ?"), {login})
            .toLongLong();
    }
    bool insertAccess(qint64 tenantPk, qint64 at, const QString &path, qint64 user)
    {
        return m_db->exec(
            QStringLiteral(
                "INSERT INTO access_log (tenant_pk, at, client_ip, method, path, status, "
                "latency_us, bytes, user_pk, request_id, user_agent) "
                "VALUES (?, ?, '192.0.2.1', 'GET', ?, 200, 1000, 100, ?, ?, 'test')"),
            {tenantPk, at, path, user ? QVariant(user) : QVariant(QMetaType::fromType<qint64>()),
             QStringLiteral("known-%1").arg(at)});
    }
    bool insertOperation(qint64 tenantPk, qint64 at, const QString &action, qint64 actor,
                         const QString &login)
    {
        return m_db->exec(
            QStringLiteral(
                "INSERT INTO operation_log (tenant_pk, at, actor_pk, actor, action, target, "
                "result) VALUES (?, ?, ?, ?, ?, 'x', 'ok')"),
            {tenantPk, at, actor, login, action});
    }
    // The start of the earliest day still kept: the tenant-local (Asia/Tokyo) day 90 days ago.
    static qint64 retentionStart(qint64 now)
    {
        const QTimeZone tokyo("Asia/Tokyo");
        return QDateTime::fromMSecsSinceEpoch(now - 90 * kDay, tokyo)
            .date()
            .startOfDay(tokyo)
            .toMSecsSinceEpoch();
    }

    // Starts the demo service with `arguments` and lays down the known log.
    void setUpDemoLog(const QStringList &arguments, bool bigLog)
    {
        m_svc = std::make_unique<ServiceFixture>(arguments);
        QVERIFY(m_svc->started());
        m_keiyaku = m_svc->signIn(QStringLiteral("keiyaku@demo.example"));
        m_kanri = m_svc->signIn(QStringLiteral("kanri@demo.example"));
        m_ippan = m_svc->signIn(QStringLiteral("ippan@demo.example"));
        m_other = m_svc->signIn(QStringLiteral("keiyaku@other.example"));
        QVERIFY(!m_keiyaku.isEmpty() && !m_kanri.isEmpty() && !m_ippan.isEmpty() &&
                !m_other.isEmpty());
        m_keiyakuId = m_svc->get(QStringLiteral("/auth/me"), m_keiyaku)
                          .json()
                          .value(QStringLiteral("user"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
        m_kanriId = m_svc->get(QStringLiteral("/auth/me"), m_kanri)
                        .json()
                        .value(QStringLiteral("user"))
                        .toObject()
                        .value(QStringLiteral("id"))
                        .toString();
        QVERIFY(!m_keiyakuId.isEmpty() && !m_kanriId.isEmpty());

        m_db = std::make_unique<TestDatabase>(m_svc->dataDir());
        const qint64 demo =
            m_db->scalar(QStringLiteral("SELECT pk FROM tenants WHERE slug = 'demo'")).toLongLong();
        const qint64 other =
            m_db->scalar(QStringLiteral("SELECT pk FROM tenants WHERE slug = 'other'"))
                .toLongLong();
        QVERIFY(demo > 0 && other > 0);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_base = (now - 30 * kDay) / kHour * kHour;
        m_bigBase = m_base - 2 * kHour;
        QCOMPARE(
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM access_log WHERE at >= ? AND at < ?"),
                         {m_bigBase, m_base + 2 * kHour})
                .toLongLong(),
            0);
        const qint64 keiyaku = userPk(QStringLiteral("keiyaku@demo.example"));
        const qint64 kanri = userPk(QStringLiteral("kanri@demo.example"));
        QVERIFY(m_db->db().transaction());
        // 11 rows inside the hour: 6 under /api/v1/projects (4 by keiyaku@, 2 anonymous), 4 of
        // /api/v1/users by keiyaku@, 1 by kanri@; and rows just outside it or of "other".
        for (int i = 0; i < 4; ++i)
            QVERIFY(insertAccess(demo, m_base + i * 1000,
                                 QStringLiteral("/api/v1/projects/p_%1").arg(i), keiyaku));
        QVERIFY(insertAccess(demo, m_base + 5000, QStringLiteral("/api/v1/projects/x"), 0));
        QVERIFY(insertAccess(demo, m_base + 6000, QStringLiteral("/api/v1/projects/x"), 0));
        for (int i = 0; i < 4; ++i)
            QVERIFY(
                insertAccess(demo, m_base + 10'000 + i, QStringLiteral("/api/v1/users"), keiyaku));
        QVERIFY(insertAccess(demo, m_base + kHour - 1, QStringLiteral("/api/v1/users"), kanri));
        QVERIFY(insertAccess(demo, m_base + kHour, QStringLiteral("/api/v1/users"), kanri));
        QVERIFY(insertAccess(demo, m_base - 1, QStringLiteral("/api/v1/users"), kanri));
        QVERIFY(insertAccess(other, m_base + 1, QStringLiteral("/api/v1/users"), 0));
        for (int i = 0; i < 3; ++i)
            QVERIFY(insertOperation(demo, m_base + 100 + i, QStringLiteral("user.create"), keiyaku,
                                    QStringLiteral("keiyaku@demo.example")));
        for (int i = 0; i < 2; ++i)
            QVERIFY(insertOperation(demo, m_base + 200 + i, QStringLiteral("label.update"), kanri,
                                    QStringLiteral("kanri@demo.example")));
        QVERIFY(insertOperation(other, m_base + 300, QStringLiteral("user.create"), 0,
                                QStringLiteral("x")));
        for (int i = 0; bigLog && i < 30'000; ++i)
            QVERIFY(insertAccess(demo, m_bigBase + i, QStringLiteral("/api/v1/big"), keiyaku));
        QVERIFY(m_db->db().commit());
        m_ready = true;
    }

    bool m_ready = false; // setUpDemoLog() went through
};

} // namespace kanri::test
