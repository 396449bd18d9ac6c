#include "commands/labelcommands.h"

#include "session/workspace.h"

namespace kanri::ui {

namespace {

std::optional<QString> offline(const LabelSelection &s)
{
    return s.online ? std::nullopt : std::optional(session::Workspace::offlineReason());
}

// Labels are tenant-wide: only the contract administrator defines them.
std::optional<QString> defining(const LabelSelection &s)
{
    if (auto reason = offline(s))
        return reason;
    if (s.adminLevel != domain::AdminLevel::ContractAdmin)
        return LabelCommand::tr("Only the contract administrator defines labels.");
    return std::nullopt;
}

std::optional<QString> needsLabel(const LabelSelection &s)
{
    if (auto reason = defining(s))
        return reason;
    return s.label ? std::nullopt : std::optional(LabelCommand::tr("Choose a label in the list first."));
}

// Administrators put labels on the folders and projects in their scopes; the service checks.
std::optional<QString> assigning(const LabelSelection &s)
{
    if (auto reason = offline(s))
        return reason;
    if (!s.label)
        return LabelCommand::tr("Choose a label in the list first.");
    if (s.assets == 0)
        return LabelCommand::tr("Select one or more folders or projects first.");
    return std::nullopt;
}

LabelCommand *command(const char *name, const QString &text, const QString &description,
                      LabelCommand::Refusal refusal, QObject *parent)
{
    auto *c = new LabelCommand(text, description, std::move(refusal), parent);
    c->setObjectName(QLatin1StringView(name));
    return c;
}

} // namespace

LabelCommand::LabelCommand(const QString &text, const QString &description, Refusal refusal, QObject *parent)
    : QAction(text, parent)
    , m_description(description)
    , m_refusal(std::move(refusal))
{
    setToolTip(description);
}

void LabelCommand::update(const LabelSelection &selection)
{
    const std::optional<QString> refused = m_refusal(selection);
    setEnabled(!refused);
    setToolTip(refused.value_or(m_description));
}

LabelCommands LabelCommands::make(QObject *parent)
{
    LabelCommands c{
        command("newLabelAction", LabelCommand::tr("&New label…"), LabelCommand::tr("Define a new label"), defining, parent),
        command("editLabelAction", LabelCommand::tr("&Edit label…"), LabelCommand::tr("Change the chosen label"),
                needsLabel, parent),
        command("deleteLabelAction", LabelCommand::tr("&Delete label…"),
                LabelCommand::tr("Delete the chosen label and take it off every folder and project"), needsLabel, parent),
        command("assignLabelAction", LabelCommand::tr("&Put label on selection"),
                LabelCommand::tr("Put the chosen label on the selected folders and projects"), assigning, parent),
        command("unassignLabelAction", LabelCommand::tr("&Take label off selection"),
                LabelCommand::tr("Take the chosen label off the selected folders and projects"), assigning, parent),
    };
    c.create->setShortcut(QKeySequence::New);
    c.edit->setShortcut(QKeySequence(Qt::Key_F2));
    c.remove->setShortcut(QKeySequence::Delete);
    for (LabelCommand *command : c.all())
        command->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return c;
}

void LabelCommands::update(const LabelSelection &selection) const
{
    for (LabelCommand *command : all())
        command->update(selection);
}

} // namespace kanri::ui
