#include "sync/syncresult.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace kanri::sync {

QString SyncError::message() const
{
    switch (kind) {
    case Kind::Api:
        return api ? api->message() : QString();
    case Kind::Cache:
        return cache ? cache->message() : QString();
    case Kind::Malformed:
        return QCoreApplication::translate(
            "SyncError", "The service sent data the console cannot read. Sync stopped; what was "
                         "received before is kept.");
    case Kind::Cancelled:
        return QCoreApplication::translate("SyncError", "Sync was cancelled.");
    }
    return {};
}

qint64 SyncSummary::totalChanged() const
{
    qint64 total = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        total += hasDeltas(it.key()) ? it->changed : 0;
    return total;
}

qint64 SyncSummary::totalDeleted() const
{
    qint64 total = 0;
    for (const ResourceCounts &c : counts)
        total += c.deleted;
    return total;
}

QString SyncSummary::oneLine() const
{
    const QLocale locale;
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (hasDeltas(it.key()) && (it->changed || it->deleted))
            parts << QStringLiteral("%1 %2/%3").arg(resourceKey(it.key()), locale.toString(it->changed),
                                                    locale.toString(it->deleted));
    }
    QString line = QCoreApplication::translate("SyncSummary", "Synced: %1 changed, %2 deleted in %3 s")
                       .arg(locale.toString(totalChanged()), locale.toString(totalDeleted()),
                            locale.toString(static_cast<double>(elapsedMs) / 1000.0, 'f', 1));
    if (!parts.isEmpty())
        line += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    return line;
}

} // namespace kanri::sync
