#include "pages/usagechart.h"

#include "pages/displaytext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace kanri::ui {

namespace {

// The axis labels of at most ~8 buckets, so that they never overlap.
void labelBuckets(QCategoryAxis *axis, const domain::UsageSeries &series)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    const qsizetype count = series.buckets.size();
    const qsizetype step = std::max<qsizetype>(1, (count + 7) / 8);
    const QString format = series.granularity == domain::Granularity::Month ? QStringLiteral("yyyy/MM")
                                                                            : QStringLiteral("MM/dd");
    for (qsizetype i = 0; i < count; i += step)
        axis->append(series.buckets.at(i).start.toString(format), double(i));
    axis->setRange(0, double(std::max<qsizetype>(1, count - 1)));
}

qint64 maxOf(const domain::UsageSeries &series, std::initializer_list<UsageMetric> metrics)
{
    qint64 top = 0;
    for (const domain::UsageBucket &b : series.buckets)
        for (UsageMetric m : metrics)
            top = std::max(top, metricValue(m, b));
    return top;
}

// A round upper bound a little above `value`, so that the top point is not on the frame.
double niceTop(qint64 value)
{
    return value <= 0 ? 1.0 : double(value) * 1.1 + 1.0;
}

} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_activity = makeView(tr("Activity"));
    m_activity->setObjectName(QStringLiteral("activityChart"));
    m_totals = makeView(tr("Totals"));
    m_totals->setObjectName(QStringLiteral("totalsChart"));
    m_pointLabel = new QLabel(tr("Point at the charts for exact values."), this);
    m_pointLabel->setObjectName(QStringLiteral("chartPoint"));
    layout->addWidget(m_activity, 1);
    layout->addWidget(m_totals, 1);
    layout->addWidget(m_pointLabel);

    m_activityDays = new QCategoryAxis(this);
    m_activityDays->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_totalsDays = new QCategoryAxis(this);
    m_totalsDays->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_activity->chart()->addAxis(m_activityDays, Qt::AlignBottom);
    m_totals->chart()->addAxis(m_totalsDays, Qt::AlignBottom);
    m_countAxis = new QValueAxis(this);
    m_projectAxis = new QValueAxis(this);
    m_fileAxis = new QValueAxis(this);
    for (QValueAxis *axis : {m_countAxis, m_projectAxis, m_fileAxis}) {
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setMin(0);
    }
    m_projectAxis->setTitleText(metricName(UsageMetric::ProjectsTotal));
    m_fileAxis->setTitleText(metricName(UsageMetric::FilesTotal));
    m_activity->chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_totals->chart()->addAxis(m_projectAxis, Qt::AlignLeft);
    m_totals->chart()->addAxis(m_fileAxis, Qt::AlignRight);

    m_lines.resize(qsizetype(kUsageMetrics.size()));
    attach(UsageMetric::Logins, m_activity->chart(), m_countAxis);
    attach(UsageMetric::Uploads, m_activity->chart(), m_countAxis);
    attach(UsageMetric::Downloads, m_activity->chart(), m_countAxis);
    attach(UsageMetric::ProjectsTotal, m_totals->chart(), m_projectAxis);
    attach(UsageMetric::FilesTotal, m_totals->chart(), m_fileAxis);
}

QChartView *UsageChart::makeView(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void UsageChart::attach(UsageMetric metric, QChart *chart, QValueAxis *axis)
{
    auto *line = new QLineSeries(chart);
    line->setName(metricName(metric));
    line->setObjectName(metricKey(metric) + QStringLiteral("Line"));
    chart->addSeries(line);
    line->attachAxis(chart == m_activity->chart() ? m_activityDays : m_totalsDays);
    line->attachAxis(axis);
    connect(line, &QLineSeries::hovered, this,
            [this, metric](const QPointF &point, bool entered) { showPoint(metric, point, entered); });
    m_lines[qsizetype(metric)] = line;
}

QLineSeries *UsageChart::line(UsageMetric metric) const
{
    return m_lines.value(qsizetype(metric));
}

void UsageChart::showSeries(const domain::UsageSeries &series)
{
    m_series = series;
    for (UsageMetric metric : kUsageMetrics) {
        QList<QPointF> points;
        points.reserve(series.buckets.size());
        for (qsizetype i = 0; i < series.buckets.size(); ++i)
            points.append(QPointF(double(i), double(metricValue(metric, series.buckets.at(i)))));
        line(metric)->replace(points);
        line(metric)->setPointsVisible(series.buckets.size() <= 40);
    }
    labelBuckets(m_activityDays, series);
    labelBuckets(m_totalsDays, series);
    m_countAxis->setMax(niceTop(maxOf(series, {UsageMetric::Logins, UsageMetric::Uploads, UsageMetric::Downloads})));
    m_projectAxis->setMax(niceTop(maxOf(series, {UsageMetric::ProjectsTotal})));
    m_fileAxis->setMax(niceTop(maxOf(series, {UsageMetric::FilesTotal})));
    for (QValueAxis *axis : {m_countAxis, m_projectAxis, m_fileAxis})
        axis->applyNiceNumbers();
    m_activity->setVisible(true);
    m_totals->setVisible(true);
}

void UsageChart::clear()
{
    m_series = {};
    for (QLineSeries *l : std::as_const(m_lines))
        l->clear();
    m_activity->setVisible(false);
    m_totals->setVisible(false);
}

QString UsageChart::bucketText(int index) const
{
    const QDate start = m_series.buckets.at(index).start;
    const QDate end = index + 1 < m_series.buckets.size() ? m_series.buckets.at(index + 1).start.addDays(-1) : m_series.to;
    if (start == end)
        return QLocale().toString(start, QLocale::ShortFormat) + QLatin1Char(' ')
               + QLocale().dayName(start.dayOfWeek(), QLocale::ShortFormat);
    return tr("%1 to %2").arg(QLocale().toString(start, QLocale::ShortFormat), QLocale().toString(end, QLocale::ShortFormat));
}

QString UsageChart::pointText(UsageMetric metric, int index) const
{
    if (index < 0 || index >= m_series.buckets.size())
        return {};
    return tr("%1 — %2: %3")
        .arg(bucketText(index), metricName(metric), DisplayText::number(metricValue(metric, m_series.buckets.at(index))));
}

void UsageChart::showPoint(UsageMetric metric, const QPointF &point, bool entered)
{
    if (!entered) {
        QToolTip::hideText();
        return;
    }
    const QString text = pointText(metric, qRound(point.x()));
    m_pointLabel->setText(text);
    QToolTip::showText(QCursor::pos(), text, this);
}

QImage UsageChart::image() const
{
    const QPixmap top = m_activity->grab();
    const QPixmap bottom = m_totals->grab();
    QImage out(std::max(top.width(), bottom.width()), top.height() + bottom.height(), QImage::Format_ARGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawPixmap(0, 0, top);
    painter.drawPixmap(0, top.height(), bottom);
    return out;
}

} // namespace kanri::ui
