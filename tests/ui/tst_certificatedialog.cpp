// The certificate trust dialog, offscreen, showing the certificate of a real kanri-service.
#include "api/tlspolicy.h"
#include "dialogs/certificatedialog.h"
#include "resources.h"
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

    static QString textOf(QWidget &root, const char *name)
    {
        auto *label = root.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
    }

    static void saveScreenshot(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KANRI_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    void useLanguage(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslations(*qApp, language));
    }

    api::CertificateReview review() const
    {
        return api::CertificateReview::of(m_certificate, m_service->url().host());
    }

    // The dialog the approver opened, as a user would find it on screen.
    static ui::CertificateDialog *openDialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<ui::CertificateDialog *>(widget);
                dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
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
        useLanguage(QStringLiteral("en"));
        ui::CertificateDialog dialog(review());
        dialog.show();
        const QString cn =
            m_certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QVERIFY(!cn.isEmpty());
        QVERIFY2(textOf(dialog, "subjectValue").contains(cn),
                 qPrintable(textOf(dialog, "subjectValue")));
        const QString issuerCn =
            m_certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
        QVERIFY2(textOf(dialog, "issuerValue").contains(issuerCn),
                 qPrintable(textOf(dialog, "issuerValue")));
        const QString until =
            QLocale().toString(m_certificate.expiryDate().toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(textOf(dialog, "validityValue").contains(until),
                 qPrintable(textOf(dialog, "validityValue")));

        // The fingerprint a person compares, pair by pair, is the service's own.
        const QString shown = textOf(dialog, "fingerprintValue");
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
        saveScreenshot(dialog, QStringLiteral("certificatedialog-en"));

        // Enter answers with the default: Cancel.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void showsTheCertificateInJapanese()
    {
        useLanguage(QStringLiteral("ja"));
        ui::CertificateDialog dialog(review());
        dialog.show();
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("trustButton"))->text(),
                 QStringLiteral("この証明書を信頼する"));
        QVERIFY(
            textOf(dialog, "adviceLabel").startsWith(QStringLiteral("このフィンガープリントを")));
        saveScreenshot(dialog, QStringLiteral("certificatedialog-ja"));
        useLanguage(QStringLiteral("en"));
    }

    void replacementIsWarnedAbout()
    {
        ui::CertificateDialog dialog(
            api::CertificateReview::of(m_certificate, m_service->url().host(), true));
        dialog.show();
        QVERIFY(textOf(dialog, "replacesWarning")
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
        ui::CertificateDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isModal());
        QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
        QCOMPARE(answers, QList<bool>{accepted});
        QTRY_VERIFY(!openDialog());
    }

    void approverDeclinesWhenTheDialogGoesAwayUnanswered()
    {
        QList<bool> answers;
        {
            QWidget parent;
            ui::DialogCertificateApprover approver(&parent);
            approver.review(review(), [&answers](bool a) { answers.append(a); });
            QVERIFY(openDialog());
        }
        QCOMPARE(answers, QList<bool>{false});
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
