#include "idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace kanri::ui {

IdleMonitor::IdleMonitor(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            Q_EMIT idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleMonitor::~IdleMonitor()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleMonitor::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    setActive(m_active);
}

void IdleMonitor::setActive(bool active)
{
    m_active = active;
    if (active && m_timeout.count() > 0)
        m_timer.start(m_timeout);
    else
        m_timer.stop();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Restarting on every event would cost a timer reset per mouse move; a second of
        // slack is plenty for a lock measured in minutes.
        if (m_active && m_timer.isActive()
            && m_timer.remainingTime() < m_timeout.count() - std::min<qint64>(1000, m_timeout.count() / 10))
            m_timer.start(m_timeout);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kanri::ui
