#pragma once

#include "commands/command.h"
#include "domain/domain.h"

#include <optional>

namespace kanri::ui {

// What the label commands look at to enable themselves.
struct LabelSelection : CommandContext
{
    std::optional<domain::Label> label; // the label chosen in the list
    qsizetype assets = 0;               // folders and projects selected
};

// One action of the labels page.
class LabelCommand : public SelectionCommand<LabelSelection>
{
    Q_OBJECT
public:
    using SelectionCommand::SelectionCommand;
};

// The labels page's commands; object names "<name>Action".
struct LabelCommands
{
    LabelCommand *create;
    LabelCommand *edit;
    LabelCommand *remove;
    LabelCommand *assign;   // put the chosen label on the selected folders and projects
    LabelCommand *unassign; // take it off them

    static LabelCommands make(QObject *parent);
    QList<LabelCommand *> all() const { return {create, edit, remove, assign, unassign}; }
    void update(const LabelSelection &selection) const;
};

} // namespace kanri::ui
