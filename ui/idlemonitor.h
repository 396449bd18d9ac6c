#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace kanri::ui {

// Watches the user's keyboard and mouse across the application and says when nothing has
// happened for the configured time (the idle lock).
class IdleMonitor : public QObject
{
    Q_OBJECT
public:
    explicit IdleMonitor(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleMonitor() override;

    // Zero turns the idle lock off.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Started or stopped with the session (no lock before sign-in, none while locked).
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::chrono::milliseconds m_timeout;
    QTimer m_timer;
    bool m_active = false;
};

} // namespace kanri::ui
