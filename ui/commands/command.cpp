#include "commands/command.h"

#include "session/workspace.h"

namespace kanri::ui {

Command::Command(QObject *parent, const char *objectName, const QString &text,
                 const QString &description, const QKeySequence &shortcut)
    : QAction(text, parent)
    , m_description(description)
{
    setObjectName(QLatin1StringView(objectName));
    setToolTip(description);
    setShortcut(shortcut);
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

Command::Why Command::offline(const CommandContext &context)
{
    return context.online ? Why() : Why(session::Workspace::offlineReason());
}

Command::Why Command::contractAdminOnly(const CommandContext &context, const QString &why)
{
    if (Why reason = offline(context))
        return reason;
    return context.contractAdmin ? Why() : Why(why);
}

void Command::enableUnless(const Why &refusal)
{
    setEnabled(!refusal);
    setToolTip(refusal.value_or(m_description));
}

} // namespace kanri::ui
