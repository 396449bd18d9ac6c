#pragma once

#include "domain/domain.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kanri::ui {

// Registers a user (sign-in ID, name, reading, e-mail, optional password checked live against
// the tenant's policy, the rule the service enforces) or edits one (name, reading, e-mail).
// Save emits saveRequested; the caller sends it and calls accept() or showError().
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // Registering.
    UserDialog(const domain::PasswordPolicy &policy, QWidget *parent);
    // Editing `user`.
    UserDialog(const domain::User &user, QWidget *parent);

    domain::UserCreate creation() const;
    // Only the fields that differ from the user's.
    domain::UserUpdate update() const;
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested();

private:
    void build(bool registering);
    void check();

    domain::PasswordPolicy m_policy;
    std::optional<domain::User> m_user;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_kana = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_rules = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kanri::ui
