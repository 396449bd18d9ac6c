#pragma once

#include "commands/usercommands.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace kanri::api {
struct ApiError;
}
namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

// What the users page's commands do: the dialogs, confirmations and requests. Every change
// goes to the service with If-Match; on 412 the user sees what changed meanwhile and re-applies
// or drops the edit. After each change the workspace syncs (and the page reloads from it).
class UserActions : public QObject
{
    Q_OBJECT
public:
    UserActions(session::Workspace &workspace, QWidget *window);

    void registerUser(const UserSelection &selection);
    void edit(const UserSelection &selection);
    void setDisabled(const UserSelection &selection, bool disabled);
    void remove(const UserSelection &selection);
    void resetPassword(const UserSelection &selection);
    void resetMfa(const UserSelection &selection);
    void unlock(const UserSelection &selection);

    // Sends `update` for `user` with its entity-tag; `done` gets the outcome (nullopt: saved, or
    // the user dropped the edit after a conflict), after `saved` got the user as the service now
    // has it, if it was saved.
    using Done = std::function<void(const std::optional<api::ApiError> &)>;
    using Saved = std::function<void(const domain::User &)>;
    void patchUser(const domain::User &user, const domain::UserUpdate &update, Done done, Saved saved = {});

Q_SIGNALS:
    // A sentence for the page's message line (success or failure).
    void message(const QString &text, bool failure);
    // Something changed on the service: sync and reload.
    void changed();
    // The change just reported can be taken back by `undo` (after message()).
    void undoable(const QString &description, const std::function<void()> &undo);

private:
    void confirm(const char *objectName, const QString &title, const QString &text, const QString &action,
                 std::function<void()> onYes);
    void askConflict(const domain::User &mine, const domain::User &current, const domain::UserUpdate &update,
                     std::function<void(bool reapply)> answer);
    // Runs `step` for one user after the other, stopping at the first failure, then reports
    // `doneText` (or the failure) and calls `finished`.
    // Disables or enables `users` one after the other, then offers to change them back.
    void applyStatus(const QList<domain::User> &users, bool disabled);
    void forEach(QList<domain::User> users, std::function<void(const domain::User &, Done)> step, const QString &doneText,
                 std::function<void()> finished = {});
    void report(const std::optional<api::ApiError> &error, const QString &success);

    session::Workspace &m_workspace;
    QPointer<QWidget> m_window;
};

} // namespace kanri::ui
