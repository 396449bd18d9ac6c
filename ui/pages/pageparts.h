#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QToolButton;
class QWidget;

namespace kanri::ui {

// The title at the top of a page ("pageHeading"), the same on every page.
QLabel *pageHeading(const QString &title, QWidget *parent);
// Gives `label` the headings' font (for a heading laid out in a .ui form).
void setHeadingFont(QLabel *label);

// A line where a page or dialog says how its last action went; hidden until showMessage()
// gives it text.
QLabel *messageLine(const char *objectName, QWidget *parent);
// Shows `text` on a message line, in the error colour for a failure; an empty text hides it.
void showMessage(QLabel *line, const QString &text, bool failure = false);

// A button showing `action`'s text, enabled and explained (tooltip) with it.
QToolButton *buttonFor(QAction *action, QWidget *parent);

// What a confirmation before a change that cannot be undone says.
struct Confirmation
{
    const char *objectName;
    QString title;
    QString text;
    QString action;      // the destructive button ("confirmButton")
    QString details;     // informative text, if any
    QString keep;        // the button that changes nothing; empty: a standard Cancel
    QMessageBox::Icon icon = QMessageBox::Warning;
};

// Asks before a destructive change: the box opens window-modal over `parent` (no nested event
// loop), the button that changes nothing is the default, and `onYes` runs (within `context`)
// when the user confirms. The box deletes itself when closed.
QMessageBox *confirmDestructive(QWidget *parent, const Confirmation &confirmation, QObject *context,
                                std::function<void()> onYes);

} // namespace kanri::ui
