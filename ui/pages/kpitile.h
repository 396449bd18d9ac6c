#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace kanri::ui {

// One figure of the dashboard: its name, its value for the period and how it changed
// against the previous period of the same length.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    // `previous` absent: the cache has no figures for the previous period.
    void showValue(qint64 value, std::optional<qint64> previous, qint64 previousDays);
    // No figures for the period (not cached): a dash, never a zero.
    void showUnavailable();

    QString valueText() const;
    QString changeText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};

} // namespace kanri::ui
