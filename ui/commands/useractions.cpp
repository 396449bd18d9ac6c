#include "commands/useractions.h"

#include "accounts/accessmap.h"
#include "api/apiclient.h"
#include "dialogs/userdialog.h"
#include "pages/displaytext.h"
#include "pages/pageparts.h"
#include "session/workspace.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace kanri::ui {

namespace {

QString userPath(const domain::User &user)
{
    return QStringLiteral("/users/") + user.id;
}

QString who(const domain::User &user)
{
    return QStringLiteral("%1 (%2)").arg(user.name, user.login);
}

// What a bulk confirmation adds when the signed-in administrator was among the selected.
QString leftOutNote(const UserSelection &selection)
{
    const bool self = std::any_of(selection.users.cbegin(), selection.users.cend(),
                                  [&selection](const domain::User &u) { return selection.isSelf(u); });
    return self ? QStringLiteral("\n\n") + UserActions::tr("Your own account is left out.") : QString();
}

// The first lines of a confirmation's list, and how many more there are: a select-all of
// thousands of users must not make a box taller than the screen.
QString bulleted(const QStringList &lines)
{
    constexpr qsizetype kShown = 10;
    if (lines.size() <= kShown + 1)
        return lines.join(QLatin1Char('\n'));
    return lines.first(kShown).join(QLatin1Char('\n')) + QLatin1Char('\n')
           + UserActions::tr("…and %n more.", nullptr, int(lines.size() - kShown));
}

} // namespace

UserActions::UserActions(session::Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

void UserActions::report(const std::optional<api::ApiError> &error, const QString &success)
{
    if (error) {
        Q_EMIT message(error->message(), true);
    } else {
        Q_EMIT message(success, false);
    }
    Q_EMIT changed();
    m_workspace.requestSync();
}

void UserActions::confirm(const char *objectName, const QString &title, const QString &text, const QString &action,
                          std::function<void()> onYes)
{
    confirmDestructive(m_window, {objectName, title, text, action, {}, {}}, this, std::move(onYes));
}

void UserActions::askConflict(const domain::User &mine, const domain::User &current, const domain::UserUpdate &update,
                              std::function<void(bool)> answer)
{
    // What changed on the service since the console read the user, field by field.
    QStringList changes;
    const auto line = [&](const QString &field, const QString &before, const QString &now) {
        if (before != now)
            changes << tr("%1: \"%2\" → \"%3\"").arg(field, before, now);
    };
    line(tr("Name"), mine.name, current.name);
    line(tr("Reading"), mine.nameKana.value_or(QString()), current.nameKana.value_or(QString()));
    line(tr("E-mail"), mine.email, current.email);
    line(tr("Status"), DisplayText::userStatus(mine.status), DisplayText::userStatus(current.status));
    QStringList yours;
    if (update.name)
        yours << tr("Name: \"%1\"").arg(*update.name);
    if (update.nameKana)
        yours << tr("Reading: \"%1\"").arg(update.nameKana->value_or(QString()));
    if (update.email)
        yours << tr("E-mail: \"%1\"").arg(*update.email);
    if (update.status)
        yours << tr("Status: %1").arg(DisplayText::userStatus(*update.status));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Changed by someone else"),
                                tr("%1 was changed on the service after this console read it.").arg(who(current)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("conflictDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Changed meanwhile:\n%1\n\nYour change:\n%2")
                                .arg(changes.isEmpty() ? tr("(only its version)") : changes.join(QLatin1Char('\n')),
                                     yours.join(QLatin1Char('\n'))));
    QPushButton *reapply = box->addButton(tr("Apply my change again"), QMessageBox::AcceptRole);
    reapply->setObjectName(QStringLiteral("reapplyButton"));
    QPushButton *drop = box->addButton(tr("Drop my change"), QMessageBox::RejectRole);
    drop->setObjectName(QStringLiteral("dropButton"));
    connect(box, &QMessageBox::buttonClicked, this,
            [reapply, answer = std::move(answer)](QAbstractButton *button) { answer(button == reapply); });
    box->open();
}

void UserActions::patchUser(const domain::User &user, const domain::UserUpdate &update, Done done, Saved saved)
{
    api::ApiClient &client = m_workspace.client();
    auto *request = client.patch<domain::User>(userPath(user), update.toJson(), user.etag.toUtf8());
    connect(request, &api::ApiRequest::finished, this, [this, request, user, update, done, saved, &client] {
        if (!request->error() && saved)
            saved(request->result());
        if (!request->error() || request->error()->kind != api::ApiError::Kind::PreconditionFailed) {
            done(request->error());
            return;
        }
        auto *fetch = client.get<domain::User>(userPath(user));
        connect(fetch, &api::ApiRequest::finished, this, [this, fetch, user, update, done, saved] {
            if (fetch->error()) {
                done(fetch->error());
                return;
            }
            const domain::User current = fetch->result();
            askConflict(user, current, update, [this, current, update, done, saved](bool reapply) {
                if (reapply)
                    patchUser(current, update, done, saved);
                else
                    done(std::nullopt);
            });
        });
    });
}

void UserActions::forEach(QList<domain::User> users, std::function<void(const domain::User &, Done)> step, const QString &doneText,
                          std::function<void()> finished)
{
    if (users.isEmpty()) {
        report(std::nullopt, doneText);
        if (finished)
            finished();
        return;
    }
    const domain::User user = users.takeFirst();
    step(user, [this, users, step, doneText, finished](const std::optional<api::ApiError> &error) {
        if (!error) {
            forEach(users, step, doneText, finished);
            return;
        }
        report(error, QString());
        if (finished)
            finished();
    });
}

void UserActions::registerUser(const UserSelection &selection)
{
    Q_UNUSED(selection);
    cache::Database db;
    domain::PasswordPolicy policy;
    if (!cache::openConnection(m_workspace.cacheConnection(), db))
        policy = accounts::cachedPasswordPolicy(db);
    auto *dialog = new UserDialog(policy, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saveRequested, this, [this, dialog] {
        dialog->setBusy(true);
        const domain::UserCreate create = dialog->creation();
        auto *request = m_workspace.client().post<domain::User>(QStringLiteral("/users"), create.toJson(),
                                                                api::ApiClient::newIdempotencyKey());
        connect(request, &api::ApiRequest::finished, dialog, [this, dialog, request, create] {
            if (request->error()) {
                dialog->showError(request->error()->message());
                return;
            }
            dialog->accept();
            report(std::nullopt, tr("%1 was registered.").arg(who(request->result())));
        });
    });
    dialog->open();
}

void UserActions::edit(const UserSelection &selection)
{
    const domain::User user = selection.users.value(0);
    auto *dialog = new UserDialog(user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saveRequested, this, [this, dialog, user] {
        dialog->setBusy(true);
        QPointer<UserDialog> alive(dialog);
        patchUser(user, dialog->update(), [this, alive, user](const std::optional<api::ApiError> &error) {
            if (error) {
                if (alive)
                    alive->showError(error->message());
                else
                    report(error, QString());
                return;
            }
            if (alive)
                alive->accept();
            report(std::nullopt, tr("%1 was saved.").arg(user.name));
        });
    });
    dialog->open();
}

void UserActions::setDisabled(const UserSelection &selection, bool disabled)
{
    const domain::UserStatus from = disabled ? domain::UserStatus::Active : domain::UserStatus::Disabled;
    QList<domain::User> users;
    for (const domain::User &u : selection.others())
        if (u.status == from)
            users << u;
    if (!disabled) {
        applyStatus(users, false);
        return;
    }
    QStringList names;
    for (const domain::User &u : std::as_const(users))
        names << QStringLiteral("• ") + who(u);
    const QString title = users.size() == 1 ? tr("Disable %1?").arg(users.first().name)
                                            : tr("Disable %n account(s)?", nullptr, int(users.size()));
    QString text = tr("They can no longer sign in, and their sessions end at once. You can enable the accounts "
                      "again later.\n%1")
                       .arg(bulleted(names));
    text += leftOutNote(selection);
    confirm("disableConfirmation", title, text, tr("Disable"), [this, users] { applyStatus(users, true); });
}

void UserActions::applyStatus(const QList<domain::User> &users, bool disabled)
{
    domain::UserUpdate update;
    update.status = disabled ? domain::UserStatus::Disabled : domain::UserStatus::Active;
    // The accounts as the service has them after the change: what an undo changes back.
    auto changed = std::make_shared<QList<domain::User>>();
    forEach(
        users,
        [this, update, changed](const domain::User &user, Done done) {
            patchUser(user, update, std::move(done), [changed](const domain::User &now) { *changed << now; });
        },
        disabled ? tr("%n account(s) disabled.", nullptr, int(users.size())) : tr("%n account(s) enabled.", nullptr, int(users.size())),
        [this, changed, disabled] {
            if (changed->isEmpty())
                return;
            const int n = int(changed->size());
            Q_EMIT undoable(disabled ? tr("Enable the %n account(s) again", nullptr, n) : tr("Disable the %n account(s) again", nullptr, n),
                            [this, changed, disabled] { applyStatus(*changed, !disabled); });
        });
}

void UserActions::remove(const UserSelection &selection)
{
    const QList<domain::User> users = selection.others();
    QStringList lost;
    for (const domain::User &u : users) {
        QStringList roles;
        for (const domain::RoleAssignment &a : selection.assignments.value(u.id))
            roles << tr("%1 on %2").arg(selection.access->roleName(a.roleId), selection.access->path(a.scope));
        lost << QStringLiteral("• %1 — %2").arg(who(u), roles.isEmpty() ? tr("no roles") : roles.join(QStringLiteral(", ")));
    }
    const QString title = users.size() == 1 ? tr("Delete %1?").arg(users.first().name) : tr("Delete %n users?", nullptr, int(users.size()));
    QString text = tr("The accounts below are deleted for good. They can no longer sign in, their sessions end and "
                      "they lose these role assignments:\n%1\n\nFiles and projects they created stay.")
                       .arg(bulleted(lost));
    text += leftOutNote(selection);
    confirm("deleteConfirmation", title, text, tr("Delete"), [this, users] {
        forEach(
            users,
            [this](const domain::User &user, Done done) {
                auto *request = m_workspace.client().remove(userPath(user), user.etag.toUtf8());
                connect(request, &api::ApiRequest::finished, this, [request, done] { done(request->error()); });
            },
            tr("%n account(s) deleted.", nullptr, int(users.size())));
    });
}

void UserActions::resetPassword(const UserSelection &selection)
{
    const domain::User user = selection.users.value(0);
    confirm("resetPasswordConfirmation", tr("Reset the password of %1?").arg(user.name),
            tr("%1 gets a temporary password, shown once here; their sessions end.").arg(who(user)), tr("Reset password"),
            [this, user] {
                auto *request = m_workspace.client().post<domain::PasswordResetResult>(userPath(user) + QStringLiteral("/reset-password"),
                                                                                       QJsonObject());
                connect(request, &api::ApiRequest::finished, this, [this, request, user] {
                    if (request->error()) {
                        report(request->error(), QString());
                        return;
                    }
                    auto *box = new QMessageBox(QMessageBox::Information, tr("Temporary password"),
                                                tr("The temporary password of %1 is:\n\n%2\n\nGive it to them in person; it is not shown again.")
                                                    .arg(who(user), request->result().temporaryPassword.value_or(QString())),
                                                QMessageBox::Ok, m_window);
                    box->setObjectName(QStringLiteral("temporaryPassword"));
                    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    report(std::nullopt, tr("The password of %1 was reset.").arg(user.name));
                });
            });
}

void UserActions::resetMfa(const UserSelection &selection)
{
    const domain::User user = selection.users.value(0);
    confirm("resetMfaConfirmation", tr("Reset two-step sign-in of %1?").arg(user.name),
            tr("%1 signs in with the password alone until they set up an authenticator again.").arg(who(user)),
            tr("Reset two-step sign-in"), [this, user] {
                auto *request = m_workspace.client().post<void>(userPath(user) + QStringLiteral("/reset-mfa"), QJsonObject());
                connect(request, &api::ApiRequest::finished, this, [this, request, user] {
                    report(request->error(), tr("Two-step sign-in of %1 was reset.").arg(user.name));
                });
            });
}

void UserActions::unlock(const UserSelection &selection)
{
    const domain::User user = selection.users.value(0);
    auto *request = m_workspace.client().post<void>(userPath(user) + QStringLiteral("/unlock"), QJsonObject());
    connect(request, &api::ApiRequest::finished, this,
            [this, request, user] { report(request->error(), tr("%1 was unlocked.").arg(user.name)); });
}

} // namespace kanri::ui
