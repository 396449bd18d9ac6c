#pragma once

#include "api/certificateapprover.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace kanri::ui {

// Shows a certificate the service presented that no authority vouches for, so that the user
// can compare its fingerprint with the one the service's administrator gave them. Accepted
// (the "Trust" button) means pin it; Cancel is the default.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDialog(const api::CertificateReview &review, QWidget *parent = nullptr);

    // "AB:CD:..." in lines of 16 pairs, from "sha256:abcd...".
    static QString groupedFingerprint(const QString &fingerprint);

private:
    static QLabel *valueLabel(const QString &objectName, const QString &text);
};

// The console's CertificateApprover: one window-modal CertificateDialog per review, opened
// without a nested event loop; its answer arrives when the user closes it.
class DialogCertificateApprover : public QObject, public api::CertificateApprover
{
    Q_OBJECT
public:
    explicit DialogCertificateApprover(QWidget *parent);

    void review(const api::CertificateReview &review, std::function<void(bool)> done) override;

private:
    QWidget *m_parent;
};

} // namespace kanri::ui
