#pragma once

#include "commands/command.h"
#include "domain/domain.h"
#include "itemmodels/labelledassetmodel.h"
#include "pages/undooffer.h"

#include <functional>
#include <optional>

namespace kanri::api {
class ApiClient;
}

namespace kanri::ui {

// What the label commands look at to enable themselves.
struct LabelSelection : CommandContext
{
    std::optional<domain::Label> label; // the label chosen in the list
    qsizetype assets = 0;               // folders and projects selected
    qsizetype labelled = 0;             // of those, how many carry a label
    qsizetype labels = 0;               // labels defined
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

// The label commands of the roles page's tree: the label is chosen after the command, for the
// selected folders and projects. Object names "putLabelAction", "takeLabelOffAction".
struct TreeLabelCommands
{
    LabelCommand *put;
    LabelCommand *takeOff;

    static TreeLabelCommands make(QObject *parent);
    QList<LabelCommand *> all() const { return {put, takeOff}; }
    void update(const LabelSelection &selection) const;
};

// What changeLabel() tells when every answer is in: the sentence for the message line (how many
// went through and the first refusal), whether anything was sent, and the assets that changed,
// as the service now has them (the label's assignment added or removed).
using LabelChangeDone =
    std::function<void(const QString &message, bool changed, const QList<itemmodels::LabelledAsset> &changedAssets)>;

// Puts `label` on those of `assets` that do not carry it (`assign`), or takes it off those that
// do: one request each (a create with an idempotency key, a delete), answered to `context`.
// Returns how many requests went out; with none, `done` gets at once that nothing needed a
// change, and false.
qsizetype changeLabel(api::ApiClient &client, const itemmodels::LabelTag &label,
                      const QList<itemmodels::LabelledAsset> &assets, bool assign, QObject *context,
                      LabelChangeDone done);

// After `label` was put on (`assigned`) or taken off `changed`: offers on `undo` to do the
// opposite to those assets, then to redo it, and so on; each step is reported to `report`.
void offerLabelUndo(UndoOffer &undo, api::ApiClient &client, const itemmodels::LabelTag &label,
                    const QList<itemmodels::LabelledAsset> &changed, bool assigned, ChangeReport report);

} // namespace kanri::ui
