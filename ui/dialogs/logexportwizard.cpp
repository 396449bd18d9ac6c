#include "dialogs/logexportwizard.h"

#include "exports/logexportorders.h"
#include "exports/logexporttablemodel.h"
#include "pages/pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

using exports::LogExportTableModel;

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

// ── Step 1 ──

LogExportParametersPage::LogExportParametersPage(const LogExportWizardSetup &setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_zone(setup.timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
    setTitle(tr("What to export"));
    auto *intro = new QLabel(tr("Logs are kept for %n day(s). Choose the log, the days and the "
                                "format; the next step shows the price before anything is ordered.",
                                nullptr, setup.retentionDays),
                             this);
    intro->setWordWrap(true);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("logTypeCombo"));
    m_type->addItem(LogExportTableModel::logTypeName(domain::LogType::Access),
                    static_cast<int>(domain::LogType::Access));
    m_type->addItem(LogExportTableModel::logTypeName(domain::LogType::Operation),
                    static_cast<int>(domain::LogType::Operation));

    const QDate today = QDateTime::currentDateTime().toTimeZone(m_zone).date();
    const QDate oldest = today.addDays(-setup.retentionDays);
    auto dateEdit = [&](const char *name, QDate value) {
        auto *edit = new QDateEdit(value, this);
        edit->setObjectName(QLatin1StringView(name));
        edit->setCalendarPopup(true);
        edit->setDateRange(oldest, today); // the retention window, in the tenant's days
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        return edit;
    };
    m_from = dateEdit("fromDateEdit", today.addDays(-6));
    m_to = dateEdit("toDateEdit", today);
    auto *window = new QLabel(tr("From %1 to %2 (days in %3).")
                                  .arg(QLocale().toString(oldest, QLocale::ShortFormat),
                                       QLocale().toString(today, QLocale::ShortFormat),
                                       setup.timeZone),
                              this);
    window->setObjectName(QStringLiteral("retentionWindowLabel"));

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userFilterEdit"));
    m_user->setPlaceholderText(tr("Everyone"));
    m_pathPrefix = new QLineEdit(this);
    m_pathPrefix->setObjectName(QStringLiteral("pathPrefixEdit"));
    m_pathPrefix->setPlaceholderText(tr("Every path, e.g. /api/v1/projects"));
    m_action = new QLineEdit(this);
    m_action->setObjectName(QStringLiteral("actionEdit"));
    m_action->setPlaceholderText(tr("Every operation, e.g. user.create"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_bom = new QCheckBox(tr("Start with a byte order mark (for Excel)"), this);
    m_bom->setObjectName(QStringLiteral("csvBomCheck"));
    m_bom->setChecked(true);
    m_problem = messageLine("parametersProblem", this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Log:"), m_type);
    form->addRow(tr("&First day:"), m_from);
    form->addRow(tr("&Last day:"), m_to);
    form->addRow(QString(), window);
    form->addRow(tr("&User (sign-in ID):"), m_user);
    form->addRow(tr("&Path starts with:"), m_pathPrefix);
    form->addRow(tr("&Operation:"), m_action);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(QString(), m_bom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();

    connect(m_type, &QComboBox::currentIndexChanged, this, &LogExportParametersPage::updateForType);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_bom->setEnabled(m_format->currentData().toInt() == static_cast<int>(domain::LogFormat::Csv));
    });
    updateForType();
}

void LogExportParametersPage::updateForType()
{
    const bool access = m_type->currentData().toInt() == static_cast<int>(domain::LogType::Access);
    // Path filters exist in the access log, operations in the operation log; the combined
    // format is an access log format.
    m_pathPrefix->setEnabled(access);
    m_action->setEnabled(!access);
    const int kept = m_format->currentData().isValid() ? m_format->currentData().toInt() : -1;
    m_format->clear();
    for (auto format : {domain::LogFormat::Csv, domain::LogFormat::Jsonl, domain::LogFormat::Combined}) {
        if (format == domain::LogFormat::Combined && !access)
            continue;
        m_format->addItem(LogExportTableModel::formatName(format), static_cast<int>(format));
    }
    m_format->setCurrentIndex(qMax(0, m_format->findData(kept)));
}

bool LogExportParametersPage::validatePage()
{
    showMessage(m_problem, {}, true);
    if (m_from->date() > m_to->date()) {
        showMessage(m_problem, tr("The first day must not be after the last day."), true);
        return false;
    }
    domain::LogExportQuoteRequest r;
    r.logType = static_cast<domain::LogType>(m_type->currentData().toInt());
    r.from = m_from->date().startOfDay(m_zone).toUTC();
    r.to = m_to->date().addDays(1).startOfDay(m_zone).toUTC();
    r.format = static_cast<domain::LogFormat>(m_format->currentData().toInt());
    if (r.format == domain::LogFormat::Csv)
        r.csvBom = m_bom->isChecked();
    domain::LogExportFilters filters;
    const QString login = m_user->text().trimmed();
    if (!login.isEmpty()) {
        const std::optional<QString> id = m_setup.findUser ? m_setup.findUser(login) : std::nullopt;
        if (!id) {
            showMessage(m_problem, tr("No user with the sign-in ID %1 is known.").arg(login), true);
            return false;
        }
        filters.userId = *id;
    }
    if (r.logType == domain::LogType::Access && !m_pathPrefix->text().trimmed().isEmpty())
        filters.pathPrefix = m_pathPrefix->text().trimmed();
    if (r.logType == domain::LogType::Operation && !m_action->text().trimmed().isEmpty())
        filters.action = m_action->text().trimmed();
    if (filters != domain::LogExportFilters{})
        r.filters = filters;
    m_request = r;
    return true;
}

// ── Step 2 ──

LogExportQuotePage::LogExportQuotePage(api::ApiClient &client,
                                       const LogExportParametersPage &parameters, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_parameters(parameters)
{
    setTitle(tr("Price"));
    setSubTitle(tr("The export is billed at this price once it is ordered. It can be cancelled "
                   "free of charge until its generation begins."));
    m_what = valueLabel(this, "quoteSelection");
    m_status = valueLabel(this, "quoteStatus");
    m_status->setWordWrap(true);
    m_rows = valueLabel(this, "quoteRows");
    m_size = valueLabel(this, "quoteSize");
    m_price = valueLabel(this, "quotePrice");
    QFont big = m_price->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_price->setFont(big);
    m_validUntil = valueLabel(this, "quoteValidUntil");
    m_accept = new QCheckBox(this);
    m_accept->setObjectName(QStringLiteral("acceptFeeCheck"));
    connect(m_accept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

    auto *form = new QFormLayout;
    form->addRow(tr("Export:"), m_what);
    form->addRow(tr("Rows (estimate):"), m_rows);
    form->addRow(tr("Size (estimate, compressed):"), m_size);
    form->addRow(tr("Price:"), m_price);
    form->addRow(tr("Quote valid until:"), m_validUntil);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_accept);
    layout->addWidget(m_status);
    layout->addStretch();
    setButtonText(QWizard::FinishButton, tr("&Order export"));
}

void LogExportQuotePage::initializePage()
{
    cleanupPage();
    showMessage(m_status, tr("Asking the service for a quote…"), false);
    auto *request = exports::requestQuote(m_client, m_parameters.request());
    m_pending = request;
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (request != m_pending)
            return;
        m_pending = nullptr;
        if (request->error())
            showProblem(request->error()->message());
        else
            showQuote(request->result());
    });
}

void LogExportQuotePage::cleanupPage()
{
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    m_quote.reset();
    m_idempotencyKey.clear();
    m_ordered = false;
    for (QLabel *label : {m_what, m_rows, m_size, m_price, m_validUntil, m_status})
        label->clear();
    m_accept->setChecked(false);
    m_accept->hide();
    Q_EMIT completeChanged();
}

void LogExportQuotePage::showQuote(const domain::LogExportQuote &quote)
{
    const QLocale locale;
    m_quote = quote;
    m_idempotencyKey = api::ApiClient::newIdempotencyKey();
    const QDate lastDay = quote.to.toTimeZone(m_parameters.zone()).addMSecs(-1).date();
    m_what->setText(tr("%1, %2 – %3, %4")
                        .arg(LogExportTableModel::logTypeName(quote.logType),
                             locale.toString(quote.from.toTimeZone(m_parameters.zone()).date(), QLocale::ShortFormat),
                             locale.toString(lastDay, QLocale::ShortFormat),
                             quote.csvBom ? tr("%1 with BOM").arg(LogExportTableModel::formatName(quote.format))
                                          : LogExportTableModel::formatName(quote.format)));
    m_rows->setText(locale.toString(quote.rowsEstimate));
    m_size->setText(locale.formattedDataSize(quote.sizeEstimate));
    m_price->setText(LogExportTableModel::price(quote.price));
    m_validUntil->setText(locale.toString(quote.validUntil.toLocalTime(), QLocale::ShortFormat));
    m_accept->setText(tr("I accept the fee of %1 for this export.")
                          .arg(LogExportTableModel::price(quote.price)));
    m_accept->show();
    m_status->clear();
    Q_EMIT completeChanged();
}

void LogExportQuotePage::showProblem(const QString &message)
{
    showMessage(m_status, message, true);
    Q_EMIT completeChanged();
}

bool LogExportQuotePage::isComplete() const
{
    return m_quote && m_accept->isChecked() && !m_pending;
}

bool LogExportQuotePage::validatePage()
{
    if (m_ordered)
        return true;
    order();
    return false; // closes once the service has answered
}

// While the order is on its way nothing may leave the page or change the accepted fee: going
// back would abort the request (the service bills it anyway), so Back, Cancel and the fee's
// box wait for the answer. Set after completeChanged(), which re-enables QWizard's buttons.
void LogExportQuotePage::setOrdering(bool ordering)
{
    m_ordering = ordering;
    m_accept->setEnabled(!ordering);
    wizard()->button(QWizard::CancelButton)->setEnabled(!ordering);
    wizard()->button(QWizard::BackButton)->setEnabled(!ordering);
}

void LogExportQuotePage::order()
{
    if (!m_quote || m_pending)
        return; // a second click while the first is on its way orders nothing more
    showMessage(m_status, tr("Ordering… The wizard closes when the service has answered."), false);
    auto *request = exports::orderExport(m_client, *m_quote, m_idempotencyKey);
    m_pending = request;
    Q_EMIT completeChanged();
    setOrdering(true);
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        if (request != m_pending)
            return;
        m_pending = nullptr;
        setOrdering(false);
        if (request->error()) {
            // Trying again sends the same key: still one order.
            showProblem(request->error()->message());
            return;
        }
        m_ordered = true;
        Q_EMIT ordered(request->result());
        wizard()->accept();
    });
}

// ── The wizard ──

LogExportWizard::LogExportWizard(api::ApiClient &client, const LogExportWizardSetup &setup,
                                 QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("logExportWizard"));
    setWindowTitle(tr("Request log export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    auto *parameters = new LogExportParametersPage(setup, this);
    m_quote = new LogExportQuotePage(client, *parameters, this);
    addPage(parameters);
    addPage(m_quote);
    connect(m_quote, &LogExportQuotePage::ordered, this, &LogExportWizard::ordered);
    resize(620, 520);
}

void LogExportWizard::reject()
{
    if (m_quote->isOrdering())
        return;
    QWizard::reject();
}

} // namespace kanri::ui
