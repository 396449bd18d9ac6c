#include "pages/servicestatuspage.h"
#include "ui_servicestatuspage.h"

#include "api/apiclient.h"
#include "pages/pageparts.h"

#include <QEvent>
#include <QLocale>

namespace kanri::ui {

ServiceStatusPage::ServiceStatusPage(api::ApiClient &client, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServiceStatusPage>())
    , m_client(client)
{
    m_ui->setupUi(this);
    setHeadingFont(m_ui->heading);
    m_ui->urlValue->setText(m_client.baseUrl().toString());
    const QString pin = m_client.tlsPolicy().pinnedFingerprint();
    m_ui->fingerprintValue->setText(pin.isEmpty() ? tr("none (publicly trusted certificate)") : pin);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ServiceStatusPage::refresh);
}

ServiceStatusPage::~ServiceStatusPage() = default;

void ServiceStatusPage::showChecking()
{
    m_ui->stateLabel->setText(tr("Checking the service…"));
    m_ui->stateLabel->setStyleSheet(QString());
}

void ServiceStatusPage::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    m_ui->refreshButton->setEnabled(false);
    showChecking();
    m_elapsed.start();
    api::HealthRequest *request = m_client.health();
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        m_busy = false;
        m_ui->refreshButton->setEnabled(true);
        const QLocale locale;
        m_ui->checkedValue->setText(
            locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat));
        if (request->error()) {
            const QString message = request->error()->message();
            m_ui->stateLabel->setText(tr("The service is not reachable. %1").arg(message));
            m_ui->stateLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_ui->versionValue->clear();
            m_ui->databaseValue->clear();
            m_ui->serverTimeValue->clear();
            m_ui->latencyValue->clear();
            Q_EMIT connectionChanged(tr("Not connected"), false);
            return;
        }
        const domain::Health &health = request->result();
        const bool ok = health.status == domain::HealthStatus::Ok;
        m_ui->stateLabel->setText(ok ? tr("The service is running normally.")
                                     : tr("The service is running with problems."));
        m_ui->stateLabel->setStyleSheet(ok ? QStringLiteral("color: #1e6b32;")
                                           : QStringLiteral("color: #8a5300;"));
        m_ui->versionValue->setText(health.version);
        m_ui->databaseValue->setText(health.database == domain::DatabaseStatus::Ok
                                         ? tr("available")
                                         : tr("unavailable"));
        m_ui->serverTimeValue->setText(
            locale.toString(health.time.toLocalTime(), QLocale::LongFormat));
        m_ui->latencyValue->setText(tr("%1 ms").arg(m_elapsed.elapsed()));
        Q_EMIT connectionChanged(tr("Connected to %1").arg(m_client.baseUrl().host()), true);
    });
}

void ServiceStatusPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace kanri::ui
