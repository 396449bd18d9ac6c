#include "pages/usagemetric.h"

#include <QCoreApplication>

namespace kanri::ui {

bool isRunningTotal(UsageMetric metric)
{
    return metric == UsageMetric::ProjectsTotal || metric == UsageMetric::FilesTotal;
}

qint64 metricValue(UsageMetric metric, const domain::UsageBucket &bucket)
{
    switch (metric) {
    case UsageMetric::Logins:
        return bucket.logins;
    case UsageMetric::ProjectsTotal:
        return bucket.projectsTotal;
    case UsageMetric::Uploads:
        return bucket.uploads;
    case UsageMetric::FilesTotal:
        return bucket.filesTotal;
    case UsageMetric::Downloads:
        return bucket.downloads;
    }
    return 0;
}

qint64 metricValue(UsageMetric metric, const domain::UsageTotals &totals)
{
    domain::UsageBucket bucket;
    bucket.logins = totals.logins;
    bucket.projectsTotal = totals.projectsTotal;
    bucket.uploads = totals.uploads;
    bucket.filesTotal = totals.filesTotal;
    bucket.downloads = totals.downloads;
    return metricValue(metric, bucket);
}

QString metricName(UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Logins:
        return QCoreApplication::translate("UsageMetric", "Sign-ins");
    case UsageMetric::ProjectsTotal:
        return QCoreApplication::translate("UsageMetric", "Projects (total)");
    case UsageMetric::Uploads:
        return QCoreApplication::translate("UsageMetric", "Uploads");
    case UsageMetric::FilesTotal:
        return QCoreApplication::translate("UsageMetric", "Files (total)");
    case UsageMetric::Downloads:
        return QCoreApplication::translate("UsageMetric", "Downloads");
    }
    return {};
}

QString metricKey(UsageMetric metric)
{
    switch (metric) {
    case UsageMetric::Logins:
        return QStringLiteral("kpiLogins");
    case UsageMetric::ProjectsTotal:
        return QStringLiteral("kpiProjects");
    case UsageMetric::Uploads:
        return QStringLiteral("kpiUploads");
    case UsageMetric::FilesTotal:
        return QStringLiteral("kpiFiles");
    case UsageMetric::Downloads:
        return QStringLiteral("kpiDownloads");
    }
    return {};
}

} // namespace kanri::ui
