#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ServiceStatusPage;
}

namespace kanri::api {
class ApiClient;
} // namespace kanri::api

namespace kanri::ui {

// What the console knows about the service it talks to: address, pinned certificate, and the
// live answer of /health.
class ServiceStatusPage : public QWidget
{
    Q_OBJECT
public:
    explicit ServiceStatusPage(api::ApiClient &client, QWidget *parent = nullptr);
    ~ServiceStatusPage() override;

    void refresh();

Q_SIGNALS:
    // For the status bar: a short state, and whether the service answered.
    void connectionChanged(const QString &summary, bool online);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showChecking();

    std::unique_ptr<Ui::ServiceStatusPage> m_ui;
    api::ApiClient &m_client;
    QElapsedTimer m_elapsed;
    bool m_busy = false;
};

} // namespace kanri::ui
