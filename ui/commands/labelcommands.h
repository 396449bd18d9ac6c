#pragma once

#include "domain/domain.h"

#include <QAction>

#include <functional>
#include <optional>

namespace kanri::ui {

// What the label commands look at to enable themselves.
struct LabelSelection
{
    std::optional<domain::Label> label; // the label chosen in the list
    qsizetype assets = 0;               // folders and projects selected
    domain::AdminLevel adminLevel = domain::AdminLevel::None;
    bool online = true;
};

// One action of the labels page: it knows which selection it needs, enables itself for it
// and says in its tooltip why it is not available.
class LabelCommand : public QAction
{
    Q_OBJECT
public:
    using Refusal = std::function<std::optional<QString>(const LabelSelection &)>;

    LabelCommand(const QString &text, const QString &description, Refusal refusal, QObject *parent);
    void update(const LabelSelection &selection);

private:
    QString m_description;
    Refusal m_refusal;
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
