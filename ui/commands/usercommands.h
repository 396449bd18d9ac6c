#pragma once

#include "accounts/accessmap.h"
#include "domain/domain.h"

#include <QAction>
#include <QHash>

#include <functional>
#include <optional>

namespace kanri::ui {

// What the user commands look at to enable themselves: the selected users as the cache has
// them, their role assignments, the signed-in administrator's reach, and the connection.
struct UserSelection
{
    QList<domain::User> users;
    QHash<QString, QList<domain::RoleAssignment>> assignments; // user id → assignments
    const accounts::AccessMap *access = nullptr;
    bool online = true;

    // Every selected user is one the administrator may change.
    bool allManageable() const;
};

// One user action of the users page (Kleopatra's commands): it knows which selection it
// needs, enables itself for it, and says in its tooltip why it is not available.
class UserCommand : public QAction
{
    Q_OBJECT
public:
    // Why the command is not available for a selection; nullopt when it is.
    using Refusal = std::function<std::optional<QString>(const UserSelection &)>;

    UserCommand(const QString &text, const QString &description, Refusal refusal, QObject *parent);
    void update(const UserSelection &selection);

private:
    QString m_description;
    Refusal m_refusal;
};

// The users page's commands, created together; object names "<name>Action".
struct UserCommands
{
    UserCommand *registerUser;
    UserCommand *edit;
    UserCommand *disable;
    UserCommand *enable;
    UserCommand *remove;
    UserCommand *resetPassword;
    UserCommand *resetMfa;
    UserCommand *unlock;
    UserCommand *assignRole;
    UserCommand *exportCsv;
    UserCommand *importCsv;

    static UserCommands create(QObject *parent);
    QList<UserCommand *> all() const;
    void update(const UserSelection &selection) const;
};

} // namespace kanri::ui
