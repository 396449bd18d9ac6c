#pragma once

#include <QAction>
#include <QKeySequence>

#include <functional>
#include <optional>

namespace kanri::ui {

// What every command looks at besides its own selection: the connection and whether the
// signed-in administrator is the contract administrator.
struct CommandContext
{
    bool online = true;
    bool contractAdmin = false;
};

// A user action (Kleopatra's commands/command.h): it knows which selection it needs, enables
// itself from the role, the selection and the connection, and says in its tooltip why it is
// not available. It runs through QAction::triggered, connected by the page that offers it.
// Its shortcut works while the page (or a view holding it) has the focus.
class Command : public QAction
{
    Q_OBJECT
public:
    // Why a command is not available; nullopt when it is.
    using Why = std::optional<QString>;

    // The reason every command gives first: no change while the workspace is offline.
    static Why offline(const CommandContext &context);
    // Offline, then `why` when the administrator is not the contract administrator.
    static Why contractAdminOnly(const CommandContext &context, const QString &why);

protected:
    Command(QObject *parent, const char *objectName, const QString &text, const QString &description,
            const QKeySequence &shortcut);
    // Enables the command when `refusal` is empty; otherwise disables it, the refusal as tooltip.
    void enableUnless(const Why &refusal);

private:
    QString m_description;
};

// A command over a selection of type `Selection`: update() enables it for the selection, with
// the refusal given to the constructor or the one a subclass overrides.
template <typename Selection>
class SelectionCommand : public Command
{
public:
    using Refusal = std::function<Why(const Selection &)>;

    SelectionCommand(QObject *parent, const char *objectName, const QString &text,
                     const QString &description, Refusal refusal = {}, const QKeySequence &shortcut = {})
        : Command(parent, objectName, text, description, shortcut)
        , m_refusal(std::move(refusal))
    {
    }

    virtual void update(const Selection &selection) { enableUnless(refusal(selection)); }

protected:
    virtual Why refusal(const Selection &selection) const { return m_refusal ? m_refusal(selection) : Why(); }

private:
    Refusal m_refusal;
};

} // namespace kanri::ui
