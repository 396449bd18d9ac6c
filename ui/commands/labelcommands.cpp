#include "commands/labelcommands.h"

#include "api/apiclient.h"
#include "commands/requestbatch.h"

#include <QCoreApplication>

#include <memory>

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
Why needsAssets(const LabelSelection &s)
{
    if (Why reason = Command::offline(s))
        return reason;
    return s.assets > 0 ? Why() : Why(LabelCommand::tr("Select one or more folders or projects first."));
}

Why assigning(const LabelSelection &s)
{
    if (Why reason = Command::offline(s))
        return reason;
    if (!s.label)
        return LabelCommand::tr("Choose a label in the list first.");
    return needsAssets(s);
}

Why puttingOn(const LabelSelection &s)
{
    if (Why reason = needsAssets(s))
        return reason;
    return s.labels > 0 ? Why() : Why(LabelCommand::tr("No label is defined yet."));
}

Why takingOff(const LabelSelection &s)
{
    if (Why reason = needsAssets(s))
        return reason;
    return s.labelled > 0 ? Why() : Why(LabelCommand::tr("None of the selected folders and projects carries a label."));
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

TreeLabelCommands TreeLabelCommands::make(QObject *parent)
{
    return {
        new LabelCommand(parent, "putLabelAction", LabelCommand::tr("&Put label on…"),
                         LabelCommand::tr("Put a label on the selected folders and projects"), puttingOn),
        new LabelCommand(parent, "takeLabelOffAction", LabelCommand::tr("Ta&ke label off…"),
                         LabelCommand::tr("Take a label off the selected folders and projects"), takingOff),
    };
}

void TreeLabelCommands::update(const LabelSelection &selection) const
{
    for (LabelCommand *command : all())
        command->update(selection);
}

qsizetype changeLabel(api::ApiClient &client, const itemmodels::LabelTag &label,
                      const QList<itemmodels::LabelledAsset> &assets, bool assign, QObject *context,
                      LabelChangeDone done)
{
    QList<api::ApiRequest *> requests;
    QList<api::TypedRequest<domain::LabelAssignment> *> creates; // by request; null for a delete
    QList<itemmodels::LabelledAsset> sent;
    for (const itemmodels::LabelledAsset &asset : assets) {
        const bool carries = asset.assignments.contains(label.id);
        if (assign && !carries) {
            const domain::LabelAssignmentCreate create{label.id, {asset.type, asset.id}};
            creates << client.post<domain::LabelAssignment>(QStringLiteral("/label-assignments"), create.toJson(),
                                                            api::ApiClient::newIdempotencyKey());
            requests << creates.last();
        } else if (!assign && carries) {
            creates << nullptr;
            requests << client.remove(QStringLiteral("/label-assignments/") + asset.assignments.value(label.id), {});
        } else {
            continue;
        }
        sent << asset;
    }
    if (requests.isEmpty()) {
        done(assign ? QCoreApplication::translate("kanri::ui::LabelsPage",
                                                  "Every selected folder and project already carries “%1”.")
                          .arg(label.name)
                    : QCoreApplication::translate("kanri::ui::LabelsPage",
                                                  "None of the selected folders and projects carries “%1”.")
                          .arg(label.name),
             false, {});
        return 0;
    }
    auto changed = std::make_shared<QList<itemmodels::LabelledAsset>>();
    whenAllAnswered(
        requests, context,
        [creates, sent, changed, labelId = label.id](qsizetype i, const api::ApiRequest &request) {
            if (request.error())
                return;
            itemmodels::LabelledAsset asset = sent.at(i);
            if (creates.at(i))
                asset.assignments.insert(labelId, creates.at(i)->result().id);
            else
                asset.assignments.remove(labelId);
            *changed << asset;
        },
        [assign, done, changed, name = label.name](int succeeded, const QString &firstError) {
            // The labels page's sentences, wherever labels are put on or taken off.
            const QString text =
                assign ? QCoreApplication::translate("kanri::ui::LabelsPage", "“%1” was put on %n folders and projects.",
                                                     nullptr, succeeded)
                             .arg(name)
                       : QCoreApplication::translate("kanri::ui::LabelsPage", "“%1” was taken off %n folders and projects.",
                                                     nullptr, succeeded)
                             .arg(name);
            done(withFirstRefusal(text, firstError), true, *changed);
        });
    return requests.size();
}

void offerLabelUndo(UndoOffer &undo, api::ApiClient &client, const itemmodels::LabelTag &label,
                    const QList<itemmodels::LabelledAsset> &changed, bool assigned, ChangeReport report)
{
    if (changed.isEmpty())
        return;
    const int n = int(changed.size());
    const QString description =
        assigned ? QCoreApplication::translate("kanri::ui::LabelsPage", "Take “%1” off the %n folders and projects again", nullptr, n)
                       .arg(label.name)
                 : QCoreApplication::translate("kanri::ui::LabelsPage", "Put “%1” back on the %n folders and projects", nullptr, n)
                       .arg(label.name);
    undo.offer(description, [&undo, &client, label, changed, assigned, report] {
        changeLabel(client, label, changed, !assigned, &undo,
                    [&undo, &client, label, assigned, report](const QString &message, bool, const QList<itemmodels::LabelledAsset> &again) {
                        report(message, again.isEmpty());
                        offerLabelUndo(undo, client, label, again, !assigned, report);
                    });
    });
}

} // namespace kanri::ui
