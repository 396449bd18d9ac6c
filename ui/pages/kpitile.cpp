#include "pages/kpitile.h"

#include "pages/displaytext.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace kanri::ui {

KpiTile::KpiTile(const QString &title, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(150);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    m_change->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
    showUnavailable();
}

void KpiTile::showValue(qint64 value, std::optional<qint64> previous, qint64 previousDays)
{
    m_value->setText(DisplayText::number(value));
    if (!previous) {
        m_change->setText(tr("No figures for the previous %n days", nullptr, int(previousDays)));
        m_change->setStyleSheet({});
        return;
    }
    const qint64 delta = value - *previous;
    const QString signedDelta = (delta > 0 ? QStringLiteral("+") : QString()) + DisplayText::number(delta);
    QString text;
    if (*previous == 0)
        text = tr("%1 against the previous %n days", nullptr, int(previousDays)).arg(signedDelta);
    else {
        const double percent = 100.0 * double(delta) / double(*previous);
        const QString signedPercent = (percent > 0 ? QStringLiteral("+") : QString())
                                      + QLocale().toString(percent, 'f', 1) + QLatin1Char('%');
        text = tr("%1 (%2) against the previous %n days", nullptr, int(previousDays)).arg(signedPercent, signedDelta);
    }
    m_change->setText(text);
    m_change->setStyleSheet(delta > 0   ? QStringLiteral("color: #1e7d32;")
                            : delta < 0 ? QStringLiteral("color: #b3261e;")
                                        : QString());
}

void KpiTile::showUnavailable()
{
    m_value->setText(QStringLiteral("—"));
    m_change->setText({});
    m_change->setStyleSheet({});
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

} // namespace kanri::ui
