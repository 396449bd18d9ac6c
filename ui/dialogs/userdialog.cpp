#include "dialogs/userdialog.h"

#include "accounts/usercsv.h"
#include "domain/passwordrule.h"
#include "pages/pageparts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanri::ui {

UserDialog::UserDialog(const domain::PasswordPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
{
    setWindowTitle(tr("Register user"));
    build(true);
}

UserDialog::UserDialog(const domain::User &user, QWidget *parent)
    : QDialog(parent)
    , m_user(user)
{
    setWindowTitle(tr("Edit %1").arg(user.name));
    build(false);
    m_name->setText(user.name);
    m_kana->setText(user.nameKana.value_or(QString()));
    m_email->setText(user.email);
    check();
}

void UserDialog::build(bool registering)
{
    setObjectName(QStringLiteral("userDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto field = [&](const char *name, const QString &label) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::check);
        return edit;
    };
    if (registering)
        m_login = field("loginEdit", tr("Sign-in ID:"));
    m_name = field("nameEdit", tr("Name:"));
    m_kana = field("kanaEdit", tr("Reading (furigana):"));
    m_kana->setPlaceholderText(tr("e.g. ヤマダ ハナコ — sorts the list in あいうえお order"));
    m_email = field("emailEdit", tr("E-mail:"));
    if (registering) {
        m_password = field("passwordEdit", tr("Password:"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("Leave empty to invite: the account signs in once a password is set"));
        m_rules = new QLabel(this);
        m_rules->setObjectName(QStringLiteral("passwordRules"));
        m_rules->setWordWrap(true);
        m_rules->setMinimumHeight(m_rules->fontMetrics().lineSpacing() * 5); // room for every rule broken
        m_rules->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        form->addRow(QString(), m_rules);
    }
    layout->addLayout(form);
    m_error = messageLine("dialogError", this);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::saveRequested);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    check();
}

void UserDialog::check()
{
    bool ok = !m_name->text().trimmed().isEmpty() && m_email->text().contains(QLatin1Char('@'));
    if (m_login)
        ok = ok && !m_login->text().trimmed().isEmpty() && !m_login->text().contains(QLatin1Char(' '));
    if (m_password) {
        const QString password = m_password->text();
        const QList<domain::PolicyViolation> broken = domain::checkPassword(password, m_policy);
        if (password.isEmpty()) {
            m_rules->setText(tr("Without a password the account is invited and cannot sign in yet."));
        } else if (broken.isEmpty()) {
            m_rules->setText(tr("✓ The password meets the tenant's policy."));
        } else {
            m_rules->setText(tr("The password does not meet the tenant's policy:") + QStringLiteral("\n• ")
                             + accounts::passwordViolationTexts(broken, m_policy).join(QStringLiteral("\n• ")));
            ok = false;
        }
    }
    if (m_user)
        ok = ok && update() != domain::UserUpdate{};
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ok);
}

domain::UserCreate UserDialog::creation() const
{
    domain::UserCreate c;
    c.login = m_login ? m_login->text().trimmed() : QString();
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    if (!m_kana->text().trimmed().isEmpty())
        c.nameKana = m_kana->text().trimmed();
    if (m_password && !m_password->text().isEmpty())
        c.password = m_password->text();
    return c;
}

domain::UserUpdate UserDialog::update() const
{
    domain::UserUpdate u;
    if (!m_user)
        return u;
    const QString name = m_name->text().trimmed();
    const QString kana = m_kana->text().trimmed();
    const QString email = m_email->text().trimmed();
    if (name != m_user->name)
        u.name = name;
    if (kana != m_user->nameKana.value_or(QString()))
        u.nameKana = kana.isEmpty() ? std::optional<QString>() : std::optional<QString>(kana);
    if (email != m_user->email)
        u.email = email;
    return u;
}

void UserDialog::showError(const QString &message)
{
    setBusy(false);
    showMessage(m_error, message, true);
}

void UserDialog::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
    if (!busy)
        check();
}

} // namespace kanri::ui
