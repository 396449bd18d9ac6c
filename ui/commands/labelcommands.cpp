#include "commands/labelcommands.h"

#include "api/apiclient.h"

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

// Label changes sent at once: how many are still out, went through, and the first refusal.
struct Batch
{
    qsizetype left = 0;
    int succeeded = 0;
    QString firstError;
};

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
                      std::function<void(const QString &, bool)> done)
{
    auto batch = std::make_shared<Batch>();
    QList<api::ApiRequest *> requests;
    for (const itemmodels::LabelledAsset &asset : assets) {
        const bool carries = asset.assignments.contains(label.id);
        if (assign && !carries) {
            const domain::LabelAssignmentCreate create{label.id, {asset.type, asset.id}};
            requests << client.post<domain::LabelAssignment>(QStringLiteral("/label-assignments"), create.toJson(),
                                                             api::ApiClient::newIdempotencyKey());
        } else if (!assign && carries) {
            requests << client.remove(QStringLiteral("/label-assignments/") + asset.assignments.value(label.id), {});
        }
    }
    batch->left = requests.size();
    for (api::ApiRequest *request : std::as_const(requests)) {
        QObject::connect(request, &api::ApiRequest::finished, context, [request, batch, assign, done, name = label.name] {
            if (const auto &error = request->error()) {
                if (batch->firstError.isEmpty())
                    batch->firstError = error->message();
            } else {
                ++batch->succeeded;
            }
            if (--batch->left > 0)
                return;
            // The labels page's sentences, wherever labels are put on or taken off.
            const QString text =
                assign ? QCoreApplication::translate("kanri::ui::LabelsPage", "“%1” was put on %n folders and projects.",
                                                     nullptr, batch->succeeded)
                             .arg(name)
                       : QCoreApplication::translate("kanri::ui::LabelsPage", "“%1” was taken off %n folders and projects.",
                                                     nullptr, batch->succeeded)
                             .arg(name);
            done(batch->firstError.isEmpty() ? text : text + QLatin1Char(' ') + batch->firstError, true);
        });
    }
    if (requests.isEmpty())
        done(assign ? QCoreApplication::translate("kanri::ui::LabelsPage",
                                                  "Every selected folder and project already carries “%1”.")
                          .arg(label.name)
                    : QCoreApplication::translate("kanri::ui::LabelsPage",
                                                  "None of the selected folders and projects carries “%1”.")
                          .arg(label.name),
             false);
    return requests.size();
}

} // namespace kanri::ui
