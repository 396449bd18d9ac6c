#pragma once

#include "accounts/accessmap.h"
#include "commands/command.h"
#include "domain/domain.h"

#include <QHash>

namespace kanri::ui {

// What the user commands look at to enable themselves: the selected users as the cache has
// them, their role assignments, the signed-in administrator's reach, and the connection
// (contractAdmin: the reach is known and is the contract administrator's).
struct UserSelection : CommandContext
{
    QList<domain::User> users;
    QHash<QString, QList<domain::RoleAssignment>> assignments; // user id → assignments
    const accounts::AccessMap *access = nullptr;

    // Every selected user is one the administrator may change.
    bool allManageable() const;
    // `user` is the signed-in administrator, whom bulk changes leave out.
    bool isSelf(const domain::User &user) const;
    // The selected users but the signed-in administrator.
    QList<domain::User> others() const;
};

// One user action of the users page.
class UserCommand : public SelectionCommand<UserSelection>
{
    Q_OBJECT
public:
    using SelectionCommand::SelectionCommand;
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
