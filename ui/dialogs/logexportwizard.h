#pragma once

#include "api/apiclient.h"
#include "domain/logexport.h"

#include <QPointer>
#include <QTimeZone>
#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace kanri::ui {

struct LogExportWizardSetup
{
    QString timeZone = QStringLiteral("Asia/Tokyo"); // the tenant's: periods are its days
    int retentionDays = 90;
    // A sign-in ID → the user's id, from the cache; nullopt when there is no such user.
    std::function<std::optional<QString>(const QString &login)> findUser;
};

// Step 1: what to export.
class LogExportParametersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LogExportParametersPage(const LogExportWizardSetup &setup, QWidget *parent = nullptr);

    // The quote request for what is entered (valid after validatePage()).
    const domain::LogExportQuoteRequest &request() const { return m_request; }
    const QTimeZone &zone() const { return m_zone; }
    bool validatePage() override;

private:
    void updateForType();

    LogExportWizardSetup m_setup;
    QTimeZone m_zone;
    QComboBox *m_type = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_pathPrefix = nullptr;
    QLineEdit *m_action = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_bom = nullptr;
    QLabel *m_problem = nullptr;
    domain::LogExportQuoteRequest m_request;
};

// Step 2: the quote, the explicit acceptance of its fee, and the order.
class LogExportQuotePage : public QWizardPage
{
    Q_OBJECT
public:
    LogExportQuotePage(api::ApiClient &client, const LogExportParametersPage &parameters,
                       QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The order is on its way: the wizard cannot be left until the service answers.
    bool isOrdering() const { return m_pending && m_ordering; }

Q_SIGNALS:
    void ordered(const kanri::domain::LogExport &created);

private:
    void showQuote(const domain::LogExportQuote &quote);
    void order();
    void setOrdering(bool ordering);
    void showProblem(const QString &message);

    api::ApiClient &m_client;
    const LogExportParametersPage &m_parameters;
    QLabel *m_status = nullptr;
    QLabel *m_what = nullptr;
    QLabel *m_rows = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_validUntil = nullptr;
    QCheckBox *m_accept = nullptr;
    QPointer<api::ApiRequest> m_pending; // the quote or the order in flight
    std::optional<domain::LogExportQuote> m_quote;
    QByteArray m_idempotencyKey; // one per quote: every attempt to order it is one order
    bool m_ordered = false;
    bool m_ordering = false; // m_pending is the order, not a quote
};

// "Request export": parameters, then the quote; orders only after the fee was accepted.
class LogExportWizard : public QWizard
{
    Q_OBJECT
public:
    LogExportWizard(api::ApiClient &client, const LogExportWizardSetup &setup,
                    QWidget *parent = nullptr);

    // Cancel, Escape and the close button do nothing while the order is on its way: the
    // service bills it whether or not the wizard is there to hear the answer.
    void reject() override;

Q_SIGNALS:
    void ordered(const kanri::domain::LogExport &created);

private:
    LogExportQuotePage *m_quote;
};

} // namespace kanri::ui
