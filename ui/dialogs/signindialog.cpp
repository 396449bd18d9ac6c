#include "dialogs/signindialog.h"

#include "pages/pageparts.h"
#include "session/consolesession.h"
#include "ui_signindialog.h"

#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace kanri::ui {

namespace {

bool isCode(const QString &text)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    return sixDigits.match(text).hasMatch();
}

} // namespace

SignInDialog::SignInDialog(session::ConsoleSession &session, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_session(session)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));
    const profile::ConnectionProfile &profile = session.profile();

    switch (mode) {
    case Mode::SignIn:
        m_ui->titleLabel->setText(tr("<b>Sign in to %1</b>").arg(profile.name.toHtmlEscaped()));
        break;
    case Mode::Expired:
        m_ui->titleLabel->setText(tr("<b>Your session has ended.</b> Sign in again to continue; "
                                     "the console keeps what you were doing."));
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Kanri is locked"));
        m_ui->titleLabel->setText(tr("<b>Kanri was locked</b> after a period without activity. "
                                     "Enter your password to continue."));
        break;
    }
    m_ui->serviceLabel->setText(tr("Service: %1").arg(profile.url.toString(QUrl::RemoveUserInfo)));

    m_ui->loginEdit->setText(mode == Mode::Unlock ? session.me().user.login : profile.login);
    m_ui->loginEdit->setReadOnly(mode != Mode::SignIn);
    m_ui->rememberCheck->setChecked(profile.rememberSession);
    m_ui->rememberCheck->setVisible(mode == Mode::SignIn);
    m_ui->codeEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_ui->codeEdit));
    m_ui->codeCaption->setVisible(false);
    m_ui->codeEdit->setVisible(false);
    m_ui->messageLabel->setVisible(false);
    m_ui->hintLabel->setVisible(profile.demo && mode == Mode::SignIn);
    m_ui->hintLabel->setText(tr("Demo service: sign in as keiyaku@demo.example (contract "
                                "administrator) or kanri@demo.example (administrator of one "
                                "folder), password demo1234."));

    m_submit = m_ui->buttons->addButton(mode == Mode::Unlock ? tr("&Unlock") : tr("&Sign in"),
                                        QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_leave = m_ui->buttons->addButton(mode == Mode::Unlock ? tr("Sign &out") : tr("&Back to connections"),
                                       QDialogButtonBox::RejectRole);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    m_offline = m_ui->buttons->addButton(tr("Work &offline"), QDialogButtonBox::ActionRole);
    m_offline->setObjectName(QStringLiteral("offlineButton"));
    m_offline->setToolTip(tr("Open the data kept on this computer without signing in. Changes are disabled."));
    m_offline->setVisible(false);
    connect(m_offline, &QPushButton::clicked, this, &SignInDialog::offlineRequested);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_leave, &QPushButton::clicked, this, &SignInDialog::leave);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, &SignInDialog::updateSubmit);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignInDialog::updateSubmit);
    connect(m_ui->codeEdit, &QLineEdit::textChanged, this, &SignInDialog::updateSubmit);

    connect(&session, &session::ConsoleSession::signInFailed, this, &SignInDialog::showFailure);
    connect(&session, &session::ConsoleSession::signedIn, this, [this] {
        setBusy(false);
        m_ui->passwordEdit->clear();
        m_ui->codeEdit->clear();
        accept();
    });

    if (m_ui->loginEdit->text().isEmpty())
        m_ui->loginEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
    updateSubmit();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setOfflineAvailable(bool available)
{
    m_offline->setVisible(available);
}

void SignInDialog::updateSubmit()
{
    const bool codeNeeded = m_ui->codeEdit->isVisible();
    m_submit->setEnabled(!m_busy && !m_ui->loginEdit->text().trimmed().isEmpty()
                         && !m_ui->passwordEdit->text().isEmpty()
                         && (!codeNeeded || isCode(m_ui->codeEdit->text())));
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->codeEdit->setEnabled(!busy);
    m_ui->rememberCheck->setEnabled(!busy);
    if (busy)
        showMessage(m_ui->messageLabel, tr("Signing in…"), false);
    updateSubmit();
}

void SignInDialog::submit()
{
    if (!m_submit->isEnabled())
        return;
    setBusy(true);
    std::optional<QString> code;
    if (m_ui->codeEdit->isVisible())
        code = m_ui->codeEdit->text();
    if (m_mode == Mode::Unlock)
        m_session.unlock(m_ui->passwordEdit->text(), code);
    else
        m_session.signIn(m_ui->loginEdit->text().trimmed(), m_ui->passwordEdit->text(), code,
                         m_ui->rememberCheck->isChecked());
}

void SignInDialog::showFailure(const api::ApiError &error, bool codeRequired)
{
    setBusy(false);
    QString message = error.message();
    if (error.retryAfterSeconds && *error.retryAfterSeconds > 0) {
        const QDateTime again = QDateTime::currentDateTime().addSecs(*error.retryAfterSeconds);
        message += QLatin1Char(' ')
                   + tr("You can try again at %1.").arg(QLocale().toString(again.time(), QLocale::ShortFormat));
    }
    showMessage(m_ui->messageLabel, message, true);
    if (codeRequired) {
        m_ui->codeCaption->setVisible(true);
        m_ui->codeEdit->setVisible(true);
        m_ui->codeEdit->clear();
        m_ui->codeEdit->setFocus();
    } else {
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
    updateSubmit();
}

void SignInDialog::leave()
{
    if (m_busy)
        return;
    Q_EMIT leaveRequested();
    QDialog::reject();
}

void SignInDialog::reject()
{
    // Escape never signs out of a locked console: that takes the button.
    if (m_mode != Mode::Unlock)
        leave();
}

} // namespace kanri::ui
