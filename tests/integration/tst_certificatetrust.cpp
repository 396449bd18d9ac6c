// Trusting a self-signed kanri-service: the approver is asked once for an unpinned client,
// its answer pins (or refuses) the certificate, and a pinned client is never re-pinned.
#include "api/apiclient.h"
#include "servicefixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace kanri;

namespace {

// Answers every review with `accept`, later (from the event loop), as a dialog would.
class ScriptedApprover : public api::CertificateApprover
{
public:
    explicit ScriptedApprover(bool accept)
        : m_accept(accept)
    {}
    void review(const api::CertificateReview &review, std::function<void(bool)> done) override
    {
        reviews.append(review);
        QTimer::singleShot(50, &m_context, [done, accept = m_accept] { done(accept); });
    }
    QList<api::CertificateReview> reviews;

private:
    bool m_accept;
    QObject m_context;
};

struct Outcome
{
    bool done = false;
    std::optional<api::ApiError> error;
    std::optional<domain::Health> health;
};

// Starts a GET /health whose outcome lands in `outcome`.
void requestHealth(api::ApiClient &client, Outcome &outcome)
{
    api::HealthRequest *request = client.health();
    QObject::connect(request, &api::ApiRequest::finished, request, [&outcome, request] {
        outcome.done = true;
        outcome.error = request->error();
        if (!request->error())
            outcome.health = request->result();
    });
}

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_a;
    std::unique_ptr<test::ServiceFixture> m_b;

private Q_SLOTS:
    void initTestCase()
    {
        m_a = std::make_unique<test::ServiceFixture>(QStringList{});
        m_b = std::make_unique<test::ServiceFixture>(QStringList{});
        QVERIFY(m_a->started());
        QVERIFY(m_b->started());
        QVERIFY(m_a->fingerprint() != m_b->fingerprint());
    }

    void acceptedCertificateIsPinnedOnceForConcurrentRequests()
    {
        api::ApiClient client(m_a->url(), api::TlsPolicy());
        ScriptedApprover approver(true);
        client.setCertificateApprover(&approver);
        QSignalSpy pinned(&client, &api::ApiClient::certificatePinned);
        Outcome outcomes[3];
        for (Outcome &outcome : outcomes)
            requestHealth(client, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(std::begin(outcomes), std::end(outcomes),
                                             [](const Outcome &o) { return o.done; }),
                                 30'000);
        for (const Outcome &outcome : outcomes) {
            QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message()) : "");
            QVERIFY(outcome.health->status == domain::HealthStatus::Ok);
        }
        QCOMPARE(approver.reviews.size(), 1);
        const api::CertificateReview &review = approver.reviews.first();
        QCOMPARE(review.fingerprint, m_a->fingerprint());
        QCOMPARE(review.host, QStringLiteral("127.0.0.1"));
        QVERIFY(!review.replacesPin);
        QVERIFY(!review.subject.isEmpty());
        QVERIFY(review.notBefore < review.notAfter);
        QCOMPARE(pinned.size(), 1);
        QCOMPARE(pinned.first().first().toString(), m_a->fingerprint());
        QCOMPARE(client.tlsPolicy().pinnedFingerprint(), m_a->fingerprint());

        // Pinned now: later requests go through without asking again.
        Outcome again;
        requestHealth(client, again);
        QTRY_VERIFY_WITH_TIMEOUT(again.done, 30'000);
        QVERIFY(!again.error);
        QCOMPARE(approver.reviews.size(), 1);
    }

    void declinedCertificateFailsWithoutPin()
    {
        api::ApiClient client(m_a->url(), api::TlsPolicy());
        ScriptedApprover approver(false);
        client.setCertificateApprover(&approver);
        QSignalSpy pinned(&client, &api::ApiClient::certificatePinned);
        Outcome outcome;
        requestHealth(client, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30'000);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, api::ApiError::Kind::Tls);
        QVERIFY(!outcome.error->certificateChanged);
        QCOMPARE(approver.reviews.size(), 1);
        QCOMPARE(pinned.size(), 0);
        QVERIFY(client.tlsPolicy().pinnedFingerprint().isEmpty());

        // The declined certificate is not offered again to the same client.
        Outcome again;
        requestHealth(client, again);
        QTRY_VERIFY_WITH_TIMEOUT(again.done, 30'000);
        QCOMPARE(again.error->kind, api::ApiError::Kind::Tls);
        QCOMPARE(approver.reviews.size(), 1);
    }

    void changedCertificateIsRefusedWithoutAsking()
    {
        api::ApiClient client(m_b->url(), api::TlsPolicy(m_a->fingerprint()));
        ScriptedApprover approver(true);
        client.setCertificateApprover(&approver);
        QSignalSpy pinned(&client, &api::ApiClient::certificatePinned);
        Outcome outcomes[2];
        for (Outcome &outcome : outcomes)
            requestHealth(client, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcomes[0].done && outcomes[1].done, 30'000);
        for (const Outcome &outcome : outcomes) {
            QVERIFY(outcome.error);
            QCOMPARE(outcome.error->kind, api::ApiError::Kind::Tls);
            QVERIFY(outcome.error->certificateChanged);
            QVERIFY2(outcome.error->message().startsWith(QStringLiteral(
                         "The service's certificate has changed since you trusted it.")),
                     qPrintable(outcome.error->message()));
        }
        QVERIFY(approver.reviews.isEmpty());
        QCOMPARE(pinned.size(), 0);
        QCOMPARE(client.tlsPolicy().pinnedFingerprint(), m_a->fingerprint());
    }

    void withoutApproverUntrustedCertificateFails()
    {
        api::ApiClient client(m_a->url(), api::TlsPolicy());
        Outcome outcome;
        requestHealth(client, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 30'000);
        QCOMPARE(outcome.error->kind, api::ApiError::Kind::Tls);
        QVERIFY(!outcome.error->certificateChanged);
    }

    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }
};

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
