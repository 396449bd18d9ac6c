#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace kanri::server {

// Token buckets by key (client address, user). Answers how long to wait when empty. Shared by
// the serving threads.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst) : m_rate(perSecond), m_burst(burst) {}

    // 0 when allowed (one token taken), else the seconds until a token is available.
    int take(const QString &key, qint64 nowMs);
    bool enabled() const { return m_rate > 0; }

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };
    double m_rate;
    double m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace kanri::server
