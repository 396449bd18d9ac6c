#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QToolButton;
class QWidget;

namespace kanri::ui {

// How a page hears of a change made through its undo offer: the sentence for its message line
// (a failure in the error colour); the page then syncs.
using ChangeReport = std::function<void(const QString &text, bool failure)>;

// The last change of a page when it is cheap to take back (accounts disabled or enabled, a
// role given or revoked, a label put on or taken off): an "Undo" button beside the page's
// message line, and Ctrl+Z while the page has the focus. One level only: a newer change
// replaces the offer, using it withdraws it, and offline it is disabled with the reason. The
// undo itself is a new change on the service (with its own entity-tags), so it may in turn
// offer to redo.
class UndoOffer : public QObject
{
    Q_OBJECT
public:
    // Lays `line` and the button ("undoButton") side by side in row(); the shortcut is on `page`.
    UndoOffer(QLabel *line, QWidget *page);

    // The message line and the button, to lay out where the line would go.
    QWidget *row() const { return m_row; }

    // Offers `undo`, described by `description` (the button's tooltip, e.g. "Enable the 3
    // accounts again").
    void offer(const QString &description, std::function<void()> undo);
    // Takes the offer back (after a change that cannot be undone, or when it no longer applies).
    void withdraw();
    // Offline, the offer stays but cannot be used.
    void setOnline(bool online);

private:
    void update();

    QWidget *m_row;
    QAction *m_action;
    QToolButton *m_button;
    QString m_description;
    std::function<void()> m_undo;
    bool m_online = true;
};

} // namespace kanri::ui
