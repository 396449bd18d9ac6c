#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kanri::ui {

// The title at the top of a page ("pageHeading"), the same on every page.
QLabel *pageHeading(const QString &title, QWidget *parent);
// Gives `label` the headings' font (for a heading laid out in a .ui form).
void setHeadingFont(QLabel *label);

// A line where a page says how its last action went; hidden until showMessage() gives it text.
QLabel *messageLine(const char *objectName, QWidget *parent);
// Shows `text` on a message line, in the error colour for a failure; an empty text hides it.
void showMessage(QLabel *line, const QString &text, bool failure = false);

} // namespace kanri::ui
