#include "pages/dashboardpage.h"

#include "exports/savefile.h"
#include "pages/displaytext.h"
#include "pages/kpitile.h"
#include "pages/overviewpages.h"
#include "pages/pageparts.h"
#include "pages/usagebreakdown.h"
#include "pages/usagechart.h"
#include "session/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

QString shortDate(QDate day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

// One CSV cell: quoted when it holds a separator, a quote or a line break.
QByteArray csvCell(const QString &text)
{
    QString cell = text;
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell.toUtf8();
}

QByteArray csvOf(const domain::UsageSeries &series)
{
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel then reads UTF-8
    QList<QByteArray> header{csvCell(DashboardPage::tr("Period start (%1)").arg(series.timeZone))};
    for (UsageMetric metric : kUsageMetrics)
        header.append(csvCell(metricName(metric)));
    out += header.join(',') + "\r\n";
    for (const domain::UsageBucket &bucket : series.buckets) {
        QList<QByteArray> row{domain::formatDate(bucket.start).toUtf8()};
        for (UsageMetric metric : kUsageMetrics)
            row.append(QByteArray::number(metricValue(metric, bucket)));
        out += row.join(',') + "\r\n";
    }
    QList<QByteArray> totals{csvCell(DashboardPage::tr("Total %1 to %2").arg(domain::formatDate(series.from),
                                                                              domain::formatDate(series.to)))};
    for (UsageMetric metric : kUsageMetrics)
        totals.append(QByteArray::number(metricValue(metric, series.totals)));
    out += totals.join(',') + "\r\n";
    return out;
}

} // namespace

DashboardPage::DashboardPage(session::Workspace &workspace, QWidget *parent)
    : Page(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(pageHeading(tr("Dashboard"), content));
    buildControls(content, layout);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_notice = new QLabel(content);
    m_notice->setObjectName(QStringLiteral("rangeNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    auto *tiles = new QHBoxLayout;
    for (UsageMetric metric : kUsageMetrics) {
        auto *tile = new KpiTile(metricName(metric), content);
        tile->setObjectName(metricKey(metric));
        tiles->addWidget(tile);
        m_tiles.append(tile);
    }
    layout->addLayout(tiles);
    m_chart = new UsageChart(content);
    m_chart->setMinimumHeight(480);
    layout->addWidget(m_chart, 1);
    m_breakdown = new UsageBreakdown(workspace, content);
    layout->addWidget(m_breakdown);

    connect(&workspace, &session::Workspace::cacheUpdated, this, [this] { reloadCache(); });
    reloadCache();
    setPreset(itemmodels::UsagePreset::Last30Days);
}

void DashboardPage::buildControls(QWidget *parent, QVBoxLayout *layout)
{
    auto *row = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), parent);
    m_period = new QComboBox(parent);
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("This month"), tr("Last month"),
                        tr("Custom range")});
    periodLabel->setBuddy(m_period);
    m_from = new QDateEdit(parent);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setAccessibleName(tr("From"));
    m_to = new QDateEdit(parent);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setAccessibleName(tr("To"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    auto *granularityLabel = new QLabel(tr("&By:"), parent);
    m_granularity = new QComboBox(parent);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(tr("Day"), int(domain::Granularity::Day));
    m_granularity->addItem(tr("Week"), int(domain::Granularity::Week));
    m_granularity->addItem(tr("Month"), int(domain::Granularity::Month));
    granularityLabel->setBuddy(m_granularity);
    m_exportImage = new QPushButton(tr("Save &chart…"), parent);
    m_exportImage->setObjectName(QStringLiteral("exportChartButton"));
    m_exportImage->setToolTip(tr("Save the charts as a PNG image"));
    m_exportCsv = new QPushButton(tr("Save &figures…"), parent);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setToolTip(tr("Save the figures of each period as CSV (UTF-8, opens in Excel)"));
    row->addWidget(periodLabel);
    row->addWidget(m_period);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), parent));
    row->addWidget(m_to);
    row->addSpacing(12);
    row->addWidget(granularityLabel);
    row->addWidget(m_granularity);
    row->addStretch(1);
    row->addWidget(m_exportImage);
    row->addWidget(m_exportCsv);
    layout->addLayout(row);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { periodChosen(); });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] { showPeriod(); });
    const auto datesEdited = [this] {
        if (m_updating)
            return;
        m_updating = true;
        m_period->setCurrentIndex(kCustomIndex);
        m_updating = false;
        m_range = {m_from->date(), m_to->date()};
        showPeriod();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_exportImage, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
}

void DashboardPage::refresh()
{
    reloadCache();
    showPeriod();
}

void DashboardPage::reloadCache()
{
    if (!m_db.isOpen() && cache::openConnection(m_workspace.cacheConnection(), m_db))
        m_history = {};
    else if (!m_history.load(m_db))
        m_history = {};
    m_breakdown->reloadDormant();
    if (m_range.isValid())
        periodChosen();
}

void DashboardPage::setPreset(itemmodels::UsagePreset preset)
{
    if (m_period->currentIndex() == int(preset))
        periodChosen();
    else
        m_period->setCurrentIndex(int(preset));
}

void DashboardPage::setCustomRange(const itemmodels::DayRange &range)
{
    m_updating = true;
    m_period->setCurrentIndex(kCustomIndex);
    m_from->setDate(range.from);
    m_to->setDate(range.to);
    m_updating = false;
    m_range = range;
    showPeriod();
}

void DashboardPage::setGranularity(domain::Granularity granularity)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(granularity)));
}

void DashboardPage::periodChosen()
{
    if (m_updating)
        return;
    const int index = m_period->currentIndex();
    if (index != kCustomIndex) {
        // Presets count back from the tenant's today, not the computer's.
        m_range = itemmodels::presetRange(itemmodels::UsagePreset(index), itemmodels::todayIn(m_workspace.timeZone()));
        m_updating = true;
        m_from->setDate(m_range.from);
        m_to->setDate(m_range.to);
        m_updating = false;
    }
    showPeriod();
}

void DashboardPage::showPeriod()
{
    const QString zone = m_workspace.timeZone();
    const auto granularity = domain::Granularity(m_granularity->currentData().toInt());
    m_series = m_history.series(m_range, granularity, zone);
    const auto asOf = m_workspace.dataAsOf();
    m_summary->setText(tr("From %1 to %2 (%n days), calendar days in %3. Figures as of %4.", nullptr,
                          int(m_range.days()))
                           .arg(shortDate(m_range.from), shortDate(m_range.to), zone,
                                asOf ? DisplayText::dateTime(*asOf) : tr("never synced")));
    m_exportImage->setEnabled(m_series.has_value());
    m_exportCsv->setEnabled(m_series.has_value());
    m_breakdown->showRange(m_range);
    if (!m_series) {
        if (!m_range.isValid())
            m_notice->setText(tr("The period ends before it starts. Choose another end date."));
        else if (m_workspace.account().adminLevel != domain::AdminLevel::ContractAdmin)
            m_notice->setText(tr("The usage figures are for the contract administrator only."));
        else if (m_history.isEmpty())
            m_notice->setText(tr("The cache holds no usage figures yet. They arrive with the next sync."));
        else
            m_notice->setText(tr("This period is not in the cache, which holds the days from %1 to %2. "
                                 "Choose a period within them, or sync while online to bring the cache up to date.")
                                  .arg(shortDate(m_history.firstDay()), shortDate(m_history.lastDay())));
        m_notice->setVisible(true);
        for (KpiTile *tile : std::as_const(m_tiles))
            tile->showUnavailable();
        m_chart->clear();
        return;
    }
    m_notice->setVisible(false);
    const itemmodels::DayRange previousRange = m_range.previous();
    const auto previous = m_history.series(previousRange, domain::Granularity::Month, zone);
    for (UsageMetric metric : kUsageMetrics) {
        std::optional<qint64> before;
        if (previous)
            before = metricValue(metric, previous->totals);
        tile(metric)->showValue(metricValue(metric, m_series->totals), before, previousRange.days());
    }
    m_chart->showSeries(*m_series);
}

bool DashboardPage::saveChartImage(const QString &path) const
{
    return m_series && m_chart->image().save(path, "PNG");
}

bool DashboardPage::saveCsv(const QString &path) const
{
    if (!m_series)
        return false;
    return exports::saveWhole(path, csvOf(*m_series)).isEmpty();
}

void DashboardPage::chooseExportFile(bool image)
{
    const QString base = QStringLiteral("kanri-usage-%1-%2").arg(domain::formatDate(m_range.from), domain::formatDate(m_range.to));
    auto *dialog = new QFileDialog(this, image ? tr("Save the charts") : tr("Save the figures"), base,
                                   image ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(image ? QStringLiteral("png") : QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, image](const QString &path) {
        const bool saved = image ? saveChartImage(path) : saveCsv(path);
        m_notice->setText((saved ? tr("Saved %1.") : tr("Could not save %1.")).arg(QDir::toNativeSeparators(path)));
        m_notice->setVisible(true);
    });
    dialog->open();
}

Page *createDashboardPage(session::Workspace &workspace, QWidget *parent)
{
    return new DashboardPage(workspace, parent);
}

} // namespace kanri::ui
