#include "commands/labelcommands.h"

namespace kanri::ui {

namespace {

using Why = Command::Why;

// Labels are tenant-wide: only the contract administrator defines them.
Why defining(const LabelSelection &s)
{
    return Command::contractAdminOnly(s, LabelCommand::tr("Only the contract administrator defines labels."));
}

Why needsLabel(const LabelSelection &s)
{
    if (Why reason = defining(s))
        return reason;
    return s.label ? Why() : Why(LabelCommand::tr("Choose a label in the list first."));
}

// Administrators put labels on the folders and projects in their scopes; the service checks.
Why assigning(const LabelSelection &s)
{
    if (Why reason = Command::offline(s))
        return reason;
    if (!s.label)
        return LabelCommand::tr("Choose a label in the list first.");
    if (s.assets == 0)
        return LabelCommand::tr("Select one or more folders or projects first.");
    return std::nullopt;
}

} // namespace

LabelCommands LabelCommands::make(QObject *parent)
{
    return {
        new LabelCommand(parent, "newLabelAction", LabelCommand::tr("&New label…"),
                         LabelCommand::tr("Define a new label"), defining, QKeySequence::New),
        new LabelCommand(parent, "editLabelAction", LabelCommand::tr("&Edit label…"),
                         LabelCommand::tr("Change the chosen label"), needsLabel,
                         QKeySequence(Qt::Key_F2)),
        new LabelCommand(
            parent, "deleteLabelAction", LabelCommand::tr("&Delete label…"),
            LabelCommand::tr("Delete the chosen label and take it off every folder and project"),
            needsLabel, QKeySequence::Delete),
        new LabelCommand(
            parent, "assignLabelAction", LabelCommand::tr("&Put label on selection"),
            LabelCommand::tr("Put the chosen label on the selected folders and projects"),
            assigning),
        new LabelCommand(
            parent, "unassignLabelAction", LabelCommand::tr("&Take label off selection"),
            LabelCommand::tr("Take the chosen label off the selected folders and projects"),
            assigning),
    };
}

void LabelCommands::update(const LabelSelection &selection) const
{
    for (LabelCommand *command : all())
        command->update(selection);
}

} // namespace kanri::ui
