#pragma once

#include "pages/page.h"

#include <QPointer>

class QFormLayout;
class QLabel;

namespace kanri::session {
class Workspace;
}

namespace kanri::ui {

class ServiceStatusPage;

// The tenant's contract as the service holds it (GET /tenant): name, time zone, purchased
// options, password and lockout policies, log retention and export pricing; and the service
// the console is connected to.
class ContractPage : public Page
{
    Q_OBJECT
public:
    explicit ContractPage(session::Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ServiceStatusPage *serviceStatus() const { return m_status; }

Q_SIGNALS:
    void connectionChanged(const QString &summary, bool online);

private:
    QLabel *addRow(QFormLayout *form, const QString &caption, const char *objectName);

    void showTenant();

    session::Workspace &m_workspace;
    QLabel *m_state = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_tenantId = nullptr;
    QLabel *m_timeZone = nullptr;
    QLabel *m_contract = nullptr;
    QLabel *m_options = nullptr;
    QLabel *m_passwordPolicy = nullptr;
    QLabel *m_lockout = nullptr;
    QLabel *m_retention = nullptr;
    QLabel *m_pricing = nullptr;
    ServiceStatusPage *m_status = nullptr;
};

} // namespace kanri::ui
