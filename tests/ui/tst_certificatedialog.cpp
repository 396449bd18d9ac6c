// The certificate trust dialog, offscreen, showing the certificate of a real kanri-service.
#include "api/tlspolicy.h"
#include "dialogs/certificatedialog.h"
#include "resources.h"
#include "uitesthelpers.h"
#include "service/localservice.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kanri;

class TestCertificateDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    std::unique_ptr<service::LocalService> m_service;
    QSslCertificate m_certificate;

    api::CertificateReview review() const
    {
        return api::CertificateReview::of(m_certificate, m_service->url().host());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = std::make_unique<service::LocalService>();
        QSignalSpy ready(m_service.get(), &service::LocalService::ready);
        const QString dir = m_dataDir.filePath(QStringLiteral("service"));
        m_service->start(dir, {}, 60'000);
        QVERIFY(ready.wait(60'000));
        QFile pem(QDir(dir).filePath(QStringLiteral("server.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const auto chain = QSslCertificate::fromData(pem.readAll());
        QVERIFY(!chain.isEmpty());
        m_certificate = chain.first();
        QCOMPARE(api::certificateFingerprint(m_certificate), m_service->fingerprint());
    }

    void showsTheCertificateInEnglish()
    {
        test::useLanguage(QStringLiteral("en"));
        ui::CertificateDialog dialog(review());
        dialog.show();
        const QString cn =
            m_certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QVERIFY(!cn.isEmpty());
        QVERIFY2(test::textOf(dialog, "subjectValue").contains(cn),
                 qPrintable(test::textOf(dialog, "subjectValue")));
        const QString issuerCn =
            m_certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QVERIFY2(test::textOf(dialog, "issuerValue").contains(issuerCn),
                 qPrintable(test::textOf(dialog, "issuerValue")));
        const QString until =
            QLocale().toString(m_certificate.expiryDate().toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(test::textOf(dialog, "validityValue").contains(until),
                 qPrintable(test::textOf(dialog, "validityValue")));

        // The fingerprint a person compares, pair by pair, is the service's own.
        const QString shown = test::textOf(dialog, "fingerprintValue");
        QString hex = shown;
        hex.remove(QLatin1Char(':')).remove(QLatin1Char('\n'));
        QCOMPARE(QStringLiteral("sha256:") + hex.toLower(), m_service->fingerprint());
        QCOMPARE(shown.split(QLatin1Char('\n')).first().size(), 16 * 3 - 1);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("replacesWarning")));

        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
        auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
        QVERIFY(cancel && trust);
        QVERIFY(cancel->isDefault());
        QVERIFY(!trust->isDefault());
        QCOMPARE(trust->text(), QStringLiteral("Trust this certificate"));
        test::saveScreenshot(dialog, QStringLiteral("certificatedialog-en"));

        // Enter answers with the default: Cancel.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void showsTheCertificateInJapanese()
    {
        test::useLanguage(QStringLiteral("ja"));
        ui::CertificateDialog dialog(review());
        dialog.show();
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->text(),
                 QStringLiteral("この証明書を信頼する"));
        QVERIFY(
            test::textOf(dialog, "adviceLabel").startsWith(QStringLiteral("このフィンガープリントを")));
        test::saveScreenshot(dialog, QStringLiteral("certificatedialog-ja"));
        test::useLanguage(QStringLiteral("en"));
    }

    void replacementIsWarnedAbout()
    {
        ui::CertificateDialog dialog(
            api::CertificateReview::of(m_certificate, m_service->url().host(), true));
        dialog.show();
        QVERIFY(test::textOf(dialog, "replacesWarning")
                    .startsWith(QStringLiteral("This certificate is different")));
    }

    void approverAnswersWithTheUsersChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("trust") << QStringLiteral("trustButton") << true;
        QTest::newRow("cancel") << QStringLiteral("cancelButton") << false;
    }

    void approverAnswersWithTheUsersChoice()
    {
        QFETCH(QString, button);
        QFETCH(bool, accepted);
        QWidget window;
        window.show();
        ui::DialogCertificateApprover approver(&window);
        QList<bool> answers;
        approver.review(review(), [&answers](bool a) { answers.append(a); });
        QVERIFY(answers.isEmpty()); // no nested event loop: the question is still open
        ui::CertificateDialog *dialog = test::visibleTopLevel<ui::CertificateDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(answers, QList<bool>{accepted});
        QTRY_VERIFY(!test::visibleTopLevel<ui::CertificateDialog>());
    }

    void approverDeclinesWhenTheDialogGoesAwayUnanswered()
    {
        QList<bool> answers;
        {
            QWidget parent;
            ui::DialogCertificateApprover approver(&parent);
            approver.review(review(), [&answers](bool a) { answers.append(a); });
            QVERIFY(test::visibleTopLevel<ui::CertificateDialog>());
        }
        QCOMPARE(answers, QList<bool>{false});
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
