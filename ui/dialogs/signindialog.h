#pragma once

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class SignInDialog;
}

namespace kanri::api {
struct ApiError;
}

namespace kanri::session {
class ConsoleSession;
}

namespace kanri::ui {

// Asks for the sign-in ID, the password and, when the service wants it, the authenticator
// code; says why a sign-in failed and when to try again. The same dialog unlocks the console
// after an idle lock and signs in again after the session ended, keeping what the user typed.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        SignIn,  // start: ID, password, "remember me"
        Expired, // the session ended while working: the main window and its edits stay
        Unlock,  // idle lock: only the password of the signed-in account
    };

    SignInDialog(session::ConsoleSession &session, Mode mode, QWidget *parent = nullptr);
    ~SignInDialog() override;

    Mode mode() const { return m_mode; }
    // Offers "Work offline" (the account's cache exists on this computer).
    void setOfflineAvailable(bool available);

Q_SIGNALS:
    // Cancel in SignIn/Expired mode (back to the connections), "Sign out" in Unlock mode.
    void leaveRequested();
    void offlineRequested();

protected:
    void reject() override;

private:
    void submit();
    void leave();
    void setBusy(bool busy);
    void showFailure(const api::ApiError &error, bool codeRequired);
    void updateSubmit();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    session::ConsoleSession &m_session;
    Mode m_mode;
    QPushButton *m_submit = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_offline = nullptr;
    bool m_busy = false;
};

} // namespace kanri::ui
