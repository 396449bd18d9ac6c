#include "pages/undooffer.h"

#include "session/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>

#include <utility>

namespace kanri::ui {

UndoOffer::UndoOffer(QLabel *line, QWidget *page)
    : QObject(page)
    , m_row(new QWidget(page))
    , m_action(new QAction(tr("&Undo"), page))
    , m_button(new QToolButton(m_row))
{
    auto *layout = new QHBoxLayout(m_row);
    layout->setContentsMargins(0, 0, 0, 0);
    line->setParent(m_row);
    // The button at the line's end, as in a message bar: a wrapping line beside a stretch
    // would be squeezed to a narrow column.
    layout->addWidget(line, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    m_action->setObjectName(QStringLiteral("undoAction"));
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(m_action);
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setDefaultAction(m_action);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_action, &QAction::triggered, this, [this] {
        if (!m_undo || !m_online)
            return;
        const std::function<void()> undo = std::exchange(m_undo, {});
        update();
        undo();
    });
    update();
}

void UndoOffer::offer(const QString &description, std::function<void()> undo)
{
    m_description = description;
    m_undo = std::move(undo);
    update();
}

void UndoOffer::withdraw()
{
    m_undo = {};
    update();
}

void UndoOffer::setOnline(bool online)
{
    m_online = online;
    update();
}

void UndoOffer::update()
{
    const bool offered = bool(m_undo);
    m_button->setVisible(offered);
    m_action->setEnabled(offered && m_online);
    const QString tip = m_online ? m_description : session::Workspace::offlineReason();
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
}

} // namespace kanri::ui
