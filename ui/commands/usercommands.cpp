#include "commands/usercommands.h"

#include "session/workspace.h"

namespace kanri::ui {

namespace {

using Why = std::optional<QString>;

Why offline(const UserSelection &s)
{
    return s.online ? Why() : session::Workspace::offlineReason();
}

// Offline, then "select exactly one user", then one the administrator may change.
Why oneManageable(const UserSelection &s)
{
    if (Why why = offline(s))
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
    if (Why why = offline(s))
        return why;
    if (s.users.isEmpty())
        return UserCommand::tr("Select one or more users.");
    if (!s.allManageable())
        return UserCommand::tr("A selected user also holds roles outside your folders and projects: only the "
                               "contract administrator can change such accounts.");
    return std::nullopt;
}

bool any(const UserSelection &s, domain::UserStatus status)
{
    return std::any_of(s.users.cbegin(), s.users.cend(), [status](const domain::User &u) { return u.status == status; });
}

bool selectsSelf(const UserSelection &s)
{
    return s.access && std::any_of(s.users.cbegin(), s.users.cend(), [&](const domain::User &u) { return u.id == s.access->myId(); });
}

Why contractOnly(const UserSelection &s)
{
    if (Why why = offline(s))
        return why;
    if (!s.access || !s.access->isContractAdmin())
        return UserCommand::tr("Only the contract administrator can register and delete accounts.");
    return std::nullopt;
}

UserCommand *make(QObject *parent, const char *name, const QString &text, const QString &description,
                  UserCommand::Refusal refusal, const QKeySequence &shortcut = {})
{
    auto *command = new UserCommand(text, description, std::move(refusal), parent);
    command->setObjectName(QLatin1String(name) + QStringLiteral("Action"));
    command->setShortcut(shortcut);
    return command;
}

} // namespace

bool UserSelection::allManageable() const
{
    if (!access)
        return false;
    return std::all_of(users.cbegin(), users.cend(),
                       [this](const domain::User &u) { return access->canManage(u.id, assignments.value(u.id)); });
}

UserCommand::UserCommand(const QString &text, const QString &description, Refusal refusal, QObject *parent)
    : QAction(text, parent)
    , m_description(description)
    , m_refusal(std::move(refusal))
{
    setToolTip(description);
}

void UserCommand::update(const UserSelection &selection)
{
    const Why why = m_refusal(selection);
    setEnabled(!why);
    setToolTip(why ? *why : m_description);
}

UserCommands UserCommands::create(QObject *parent)
{
    UserCommands c{};
    c.registerUser = make(parent, "registerUser", UserCommand::tr("&Register user…"),
                          UserCommand::tr("Register a new account; the password is checked as you type."), contractOnly,
                          QKeySequence::New);
    c.edit = make(parent, "editUser", UserCommand::tr("&Edit…"), UserCommand::tr("Change the name, reading or e-mail address."),
                  oneManageable, QKeySequence(Qt::Key_F2));
    c.disable = make(parent, "disableUsers", UserCommand::tr("&Disable"),
                     UserCommand::tr("Stop the selected accounts from signing in; their sessions end."), [](const UserSelection &s) -> Why {
                         if (Why why = someManageable(s))
                             return why;
                         if (!any(s, domain::UserStatus::Active))
                             return UserCommand::tr("Only active accounts can be disabled.");
                         if (selectsSelf(s))
                             return UserCommand::tr("You cannot disable your own account.");
                         return std::nullopt;
                     });
    c.enable = make(parent, "enableUsers", UserCommand::tr("E&nable"), UserCommand::tr("Let the selected disabled accounts sign in again."),
                    [](const UserSelection &s) -> Why {
                        if (Why why = someManageable(s))
                            return why;
                        if (!any(s, domain::UserStatus::Disabled))
                            return UserCommand::tr("Only disabled accounts can be enabled.");
                        return std::nullopt;
                    });
    c.remove = make(parent, "deleteUsers", UserCommand::tr("De&lete…"),
                    UserCommand::tr("Delete the selected accounts with their role assignments."),
                    [](const UserSelection &s) -> Why {
                        if (Why why = contractOnly(s))
                            return why;
                        if (s.users.isEmpty())
                            return UserCommand::tr("Select one or more users.");
                        if (selectsSelf(s))
                            return UserCommand::tr("You cannot delete your own account.");
                        return std::nullopt;
                    },
                    QKeySequence::Delete);
    c.resetPassword = make(parent, "resetPassword", UserCommand::tr("Reset &password…"),
                           UserCommand::tr("Give the user a new temporary password; their sessions end."), oneManageable);
    c.resetMfa = make(parent, "resetMfa", UserCommand::tr("Reset &two-step sign-in…"),
                      UserCommand::tr("Remove the user's authenticator; they sign in with the password alone until they enrol again."),
                      [](const UserSelection &s) -> Why {
                          if (Why why = oneManageable(s))
                              return why;
                          if (!s.users.first().mfaEnabled)
                              return UserCommand::tr("Two-step sign-in is not set up for this user.");
                          return std::nullopt;
                      });
    c.unlock = make(parent, "unlockUser", UserCommand::tr("&Unlock"), UserCommand::tr("Release an account locked after failed sign-ins."),
                    [](const UserSelection &s) -> Why {
                        if (Why why = oneManageable(s))
                            return why;
                        if (s.users.first().status != domain::UserStatus::Locked)
                            return UserCommand::tr("The account is not locked.");
                        return std::nullopt;
                    });
    c.assignRole = make(parent, "assignRole", UserCommand::tr("&Assign role…"),
                        UserCommand::tr("Give the selected users a role on a folder or project."), [](const UserSelection &s) -> Why {
                            if (Why why = offline(s))
                                return why;
                            if (s.users.isEmpty())
                                return UserCommand::tr("Select one or more users.");
                            return std::nullopt;
                        });
    c.exportCsv = make(parent, "exportCsv", UserCommand::tr("E&xport CSV…"),
                       UserCommand::tr("Save the users shown, with their roles and scopes, as a CSV file for Excel."),
                       [](const UserSelection &) { return Why(); });
    c.importCsv = make(parent, "importCsv", UserCommand::tr("&Import CSV…"),
                       UserCommand::tr("Register users from a CSV file, checked row by row before anything is sent."), contractOnly);
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
