#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace kanri::api {
class ApiClient;
}

namespace kanri::ui {

class ServiceStatusPage;

// The console's main window: navigation on the left, the current page on the right, the
// connection state in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(api::ApiClient &client, QWidget *parent = nullptr);

    ServiceStatusPage *serviceStatusPage() const { return m_statusPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void addPage(const QString &title, QWidget *page);
    void restoreState();
    void showAbout();

    api::ApiClient &m_client;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ServiceStatusPage *m_statusPage = nullptr;
    QLabel *m_connectionLabel = nullptr;
};

} // namespace kanri::ui
