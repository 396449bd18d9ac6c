#include "commands/usercommands.h"

namespace kanri::ui {

namespace {

using Why = Command::Why;

// Offline, then "select exactly one user", then one the administrator may change.
Why oneManageable(const UserSelection &s)
{
    if (Why why = Command::offline(s))
        return why;
    if (s.users.size() != 1)
        return UserCommand::tr("Select one user.");
    if (!s.allManageable())
        return UserCommand::tr("This user also holds roles outside your folders and projects: only the contract "
                               "administrator can change the account.");
    return std::nullopt;
}

Why someManageable(const UserSelection &s)
{
    if (Why why = Command::offline(s))
        return why;
    if (s.users.isEmpty())
        return UserCommand::tr("Select one or more users.");
    if (!s.allManageable())
        return UserCommand::tr("A selected user also holds roles outside your folders and projects: only the "
                               "contract administrator can change such accounts.");
    return std::nullopt;
}

// A selected user other than the signed-in administrator has `status`.
bool any(const UserSelection &s, domain::UserStatus status)
{
    return std::any_of(s.users.cbegin(), s.users.cend(),
                       [&s, status](const domain::User &u) { return u.status == status && !s.isSelf(u); });
}

// Only the signed-in administrator is selected: bulk changes leave them out, so nothing is left.
bool selectsOnlySelf(const UserSelection &s)
{
    return s.users.size() == 1 && s.isSelf(s.users.first());
}

Why contractOnly(const UserSelection &s)
{
    return Command::contractAdminOnly(s, UserCommand::tr("Only the contract administrator can register and delete accounts."));
}

} // namespace

bool UserSelection::allManageable() const
{
    if (!access)
        return false;
    return std::all_of(users.cbegin(), users.cend(),
                       [this](const domain::User &u) { return access->canManage(u.id, assignments.value(u.id)); });
}

bool UserSelection::isSelf(const domain::User &user) const
{
    return access && user.id == access->myId();
}

QList<domain::User> UserSelection::others() const
{
    QList<domain::User> out;
    for (const domain::User &u : users)
        if (!isSelf(u))
            out << u;
    return out;
}

UserCommands UserCommands::create(QObject *parent)
{
    UserCommands c{};
    c.registerUser = new UserCommand(
        parent, "registerUserAction", UserCommand::tr("&Register user…"),
        UserCommand::tr("Register a new account; the password is checked as you type."),
        contractOnly, QKeySequence::New);
    c.edit = new UserCommand(parent, "editUserAction", UserCommand::tr("&Edit…"),
                             UserCommand::tr("Change the name, reading or e-mail address."),
                             oneManageable, QKeySequence(Qt::Key_F2));
    c.disable = new UserCommand(
        parent, "disableUsersAction", UserCommand::tr("&Disable…"),
        UserCommand::tr("Stop the selected accounts from signing in; their sessions end."),
        [](const UserSelection &s) -> Why {
            if (Why why = someManageable(s))
                return why;
            if (selectsOnlySelf(s))
                return UserCommand::tr("You cannot disable your own account.");
            if (!any(s, domain::UserStatus::Active))
                return UserCommand::tr("Only active accounts can be disabled.");
            return std::nullopt;
        });
    c.enable =
        new UserCommand(parent, "enableUsersAction", UserCommand::tr("E&nable"),
                        UserCommand::tr("Let the selected disabled accounts sign in again."),
                        [](const UserSelection &s) -> Why {
                            if (Why why = someManageable(s))
                                return why;
                            if (!any(s, domain::UserStatus::Disabled))
                                return UserCommand::tr("Only disabled accounts can be enabled.");
                            return std::nullopt;
                        });
    c.remove = new UserCommand(
        parent, "deleteUsersAction", UserCommand::tr("De&lete…"),
        UserCommand::tr("Delete the selected accounts with their role assignments."),
        [](const UserSelection &s) -> Why {
            if (Why why = contractOnly(s))
                return why;
            if (s.users.isEmpty())
                return UserCommand::tr("Select one or more users.");
            if (selectsOnlySelf(s))
                return UserCommand::tr("You cannot delete your own account.");
            return std::nullopt;
        },
        QKeySequence::Delete);
    c.resetPassword = new UserCommand(
        parent, "resetPasswordAction", UserCommand::tr("Reset &password…"),
        UserCommand::tr("Give the user a new temporary password; their sessions end."),
        oneManageable);
    c.resetMfa = new UserCommand(
        parent, "resetMfaAction", UserCommand::tr("Reset &two-step sign-in…"),
        UserCommand::tr("Remove the user's authenticator; they sign in with the password alone "
                        "until they enrol again."),
        [](const UserSelection &s) -> Why {
            if (Why why = oneManageable(s))
                return why;
            if (!s.users.first().mfaEnabled)
                return UserCommand::tr("Two-step sign-in is not set up for this user.");
            return std::nullopt;
        });
    c.unlock = new UserCommand(parent, "unlockUserAction", UserCommand::tr("&Unlock"),
                               UserCommand::tr("Release an account locked after failed sign-ins."),
                               [](const UserSelection &s) -> Why {
                                   if (Why why = oneManageable(s))
                                       return why;
                                   if (s.users.first().status != domain::UserStatus::Locked)
                                       return UserCommand::tr("The account is not locked.");
                                   return std::nullopt;
                               });
    c.assignRole =
        new UserCommand(parent, "assignRoleAction", UserCommand::tr("&Assign role…"),
                        UserCommand::tr("Give the selected users a role on a folder or project."),
                        [](const UserSelection &s) -> Why {
                            if (Why why = Command::offline(s))
                                return why;
                            if (s.users.isEmpty())
                                return UserCommand::tr("Select one or more users.");
                            return std::nullopt;
                        });
    c.exportCsv = new UserCommand(
        parent, "exportCsvAction", UserCommand::tr("E&xport CSV…"),
        UserCommand::tr(
            "Save the users shown, with their roles and scopes, as a CSV file for Excel."));
    c.importCsv = new UserCommand(
        parent, "importCsvAction", UserCommand::tr("&Import CSV…"),
        UserCommand::tr(
            "Register users from a CSV file, checked row by row before anything is sent."),
        contractOnly);
    return c;
}

QList<UserCommand *> UserCommands::all() const
{
    return {registerUser, edit, disable, enable, remove, resetPassword, resetMfa, unlock, assignRole, exportCsv, importCsv};
}

void UserCommands::update(const UserSelection &selection) const
{
    for (UserCommand *c : all())
        c->update(selection);
}

} // namespace kanri::ui
