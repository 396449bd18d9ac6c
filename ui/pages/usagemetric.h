#pragma once

#include "domain/usage.h"

#include <QString>

#include <array>

namespace kanri::ui {

// The five dashboard figures (§3.3.3 of the KUMIKI whitepaper), in the order of the tiles.
enum class UsageMetric { Logins, ProjectsTotal, Uploads, FilesTotal, Downloads };
inline constexpr std::array kUsageMetrics{UsageMetric::Logins, UsageMetric::ProjectsTotal, UsageMetric::Uploads,
                                          UsageMetric::FilesTotal, UsageMetric::Downloads};

// Counts of events in a period (summed), or totals at its end (the last value counts).
bool isRunningTotal(UsageMetric metric);
qint64 metricValue(UsageMetric metric, const domain::UsageBucket &bucket);
qint64 metricValue(UsageMetric metric, const domain::UsageTotals &totals);
// Translated: "Sign-ins", "Projects (total)", …
QString metricName(UsageMetric metric);
// The tile's object name: "kpiLogins", …
QString metricKey(UsageMetric metric);

} // namespace kanri::ui
