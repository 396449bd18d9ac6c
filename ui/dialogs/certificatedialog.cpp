#include "dialogs/certificatedialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

namespace kanri::ui {

CertificateDialog::CertificateDialog(const api::CertificateReview &review, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Trust this service's certificate?"));

    auto *layout = new QVBoxLayout(this);
    const QString host = review.host;
    auto *intro = new QLabel(tr("<b>%1</b> presented a certificate that no trusted authority has "
                                "signed. This is normal for a service your organisation runs "
                                "itself, but it could also mean that someone is intercepting the "
                                "connection.")
                                 .arg(host.toHtmlEscaped()));
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    if (review.replacesPin) {
        auto *warning = new QLabel(tr("This certificate is different from the one you trusted "
                                      "before for this service. Trust it only if your service "
                                      "administrator told you that the certificate was replaced."));
        warning->setObjectName(QStringLiteral("replacesWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #a30000; font-weight: bold;"));
        layout->addWidget(warning);
    }

    layout->addSpacing(6);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Issued to:"), valueLabel(QStringLiteral("subjectValue"), review.subject));
    form->addRow(tr("Issued by:"), valueLabel(QStringLiteral("issuerValue"), review.issuer));
    const QLocale locale;
    const QString from = locale.toString(review.notBefore.toLocalTime(), QLocale::ShortFormat);
    const QString until = locale.toString(review.notAfter.toLocalTime(), QLocale::ShortFormat);
    form->addRow(tr("Valid:"), valueLabel(QStringLiteral("validityValue"),
                                          tr("from %1 until %2").arg(from, until)));
    const QString grouped = groupedFingerprint(review.fingerprint);
    QLabel *fingerprint = valueLabel(QStringLiteral("fingerprintValue"), grouped);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setWordWrap(false);
    form->addRow(tr("SHA-256 fingerprint:"), fingerprint);
    layout->addLayout(form);
    layout->addSpacing(6);

    auto *advice = new QLabel(tr("Compare this fingerprint with the one your service "
                                 "administrator gave you. Trust the certificate only if every "
                                 "character matches; otherwise cancel and contact them. Once "
                                 "trusted, the console remembers it for this connection and "
                                 "warns you if the service ever presents a different one."));
    advice->setObjectName(QStringLiteral("adviceLabel"));
    advice->setWordWrap(true);
    layout->addWidget(advice);

    auto *buttons = new QDialogButtonBox;
    auto *trust = buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must not trust a certificate by accident.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

QLabel *CertificateDialog::valueLabel(const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString CertificateDialog::groupedFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.section(QLatin1Char(':'), -1).toUpper();
    QStringList lines;
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2) {
        pairs.append(hex.mid(i, 2));
        if (pairs.size() == 16)
            lines.append(std::exchange(pairs, {}).join(QLatin1Char(':')));
    }
    if (!pairs.isEmpty())
        lines.append(pairs.join(QLatin1Char(':')));
    return lines.join(QLatin1Char('\n'));
}

DialogCertificateApprover::DialogCertificateApprover(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{}

void DialogCertificateApprover::review(const api::CertificateReview &review,
                                       std::function<void(bool)> done)
{
    auto *dialog = new CertificateDialog(review, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Exactly one answer, also when the dialog goes away unanswered with its parent (which may
    // delete this approver first).
    auto answer = std::make_shared<std::function<void(bool)>>(std::move(done));
    connect(dialog, &QDialog::finished, dialog, [answer](int result) {
        if (auto reply = std::exchange(*answer, {}))
            reply(result == QDialog::Accepted);
    });
    connect(dialog, &QObject::destroyed, dialog, [answer] {
        if (auto reply = std::exchange(*answer, {}))
            reply(false);
    });
    dialog->open();
}

} // namespace kanri::ui
