#include "pages/contractpage.h"

#include "pages/pageparts.h"
#include "pages/servicestatuspage.h"
#include "session/workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

QString yesNo(bool on)
{
    return on ? ContractPage::tr("purchased") : ContractPage::tr("not purchased");
}

QString contractStatus(domain::ContractStatus status)
{
    switch (status) {
    case domain::ContractStatus::Active:
        return ContractPage::tr("Active");
    case domain::ContractStatus::Cancelling:
        return ContractPage::tr("Cancellation in progress");
    case domain::ContractStatus::Terminated:
        return ContractPage::tr("Terminated");
    }
    return {};
}

} // namespace

ContractPage::ContractPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Contract"), this));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("contractState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *tenantBox = new QGroupBox(tr("Tenant"), this);
    auto *tenantForm = new QFormLayout(tenantBox);
    m_name = addRow(tenantForm, tr("Name:"), "tenantName");
    m_tenantId = addRow(tenantForm, tr("Tenant ID:"), "tenantId");
    m_timeZone = addRow(tenantForm, tr("Time zone:"), "tenantTimeZone");
    m_contract = addRow(tenantForm, tr("Contract:"), "contractValue");
    m_options = addRow(tenantForm, tr("Options:"), "optionsValue");
    layout->addWidget(tenantBox);

    auto *policyBox = new QGroupBox(tr("Security and logs"), this);
    auto *policyForm = new QFormLayout(policyBox);
    m_passwordPolicy = addRow(policyForm, tr("Password policy:"), "passwordPolicyValue");
    m_lockout = addRow(policyForm, tr("Lockout:"), "lockoutValue");
    m_retention = addRow(policyForm, tr("Log retention:"), "retentionValue");
    m_pricing = addRow(policyForm, tr("Log export price:"), "pricingValue");
    layout->addWidget(policyBox);

    m_status = new ServiceStatusPage(workspace.client(), this);
    m_status->setObjectName(QStringLiteral("serviceStatusPage"));
    connect(m_status, &ServiceStatusPage::connectionChanged, this, &ContractPage::connectionChanged);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(&workspace, &session::Workspace::cacheUpdated, this, &ContractPage::showTenant);
}

QLabel *ContractPage::addRow(QFormLayout *form, const QString &caption, const char *objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(QLatin1StringView(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(caption, value);
    return value;
}

void ContractPage::refresh()
{
    m_status->refresh();
    showTenant();
}

// From the cache, like every page: readable offline, current after every sync.
void ContractPage::showTenant()
{
    const std::optional<domain::Tenant> tenant = m_workspace.tenant();
    if (!tenant) {
        m_state->setText(tr("The contract is shown after the first sync."));
        return;
    }
    const domain::Tenant &t = *tenant;
    const QLocale locale;
    m_state->clear();
    m_name->setText(t.name);
    m_tenantId->setText(t.slug + QStringLiteral(" (") + t.id + QLatin1Char(')'));
    m_timeZone->setText(t.timeZone);
    const QString comma = tr(", ");
    QString contract = contractStatus(t.contract.status) + comma
                       + tr("since %1").arg(locale.toString(t.contract.startedOn, QLocale::LongFormat));
    if (t.contract.endsOn)
        contract += comma + tr("until %1").arg(locale.toString(*t.contract.endsOn, QLocale::LongFormat));
    m_contract->setText(contract);
    m_options->setText(tr("Two-step verification (TOTP): %1 / Log exports: %2 / Single sign-on: %3")
                           .arg(yesNo(t.options.mfa), yesNo(t.options.logExport), yesNo(t.options.sso)));
    QStringList rules{tr("at least %n character(s)", nullptr, t.passwordPolicy.minLength)};
    if (t.passwordPolicy.requireLetter)
        rules.append(tr("letters"));
    if (t.passwordPolicy.requireDigit)
        rules.append(tr("digits"));
    m_passwordPolicy->setText(rules.join(comma));
    const int lockMinutes = t.lockout.durationSeconds / 60;
    m_lockout->setText(tr("after %n failed sign-in(s)", nullptr, t.lockout.maxAttempts) + comma
                       + tr("for %n minute(s)", nullptr, lockMinutes));
    m_retention->setText(tr("%n day(s)", nullptr, t.logRetentionDays));
    const QString base = locale.toString(t.logExportPricing.baseFee);
    const QString perMillion = locale.toString(t.logExportPricing.perMillionRowsFee);
    m_pricing->setText(t.options.logExport
                           ? tr("¥%1 per request plus ¥%2 per million rows%3")
                                 .arg(base, perMillion,
                                      t.logExportAutoApprove ? tr(" (approved automatically)") : QString())
                           : tr("Not part of the contract"));
}

} // namespace kanri::ui
