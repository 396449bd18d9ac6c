#include "core/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace kanri::server {

int RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_rate <= 0)
        return 0;
    const QMutexLocker lock(&m_mutex);
    // Forget idle buckets now and then, so the table does not grow without bound.
    if (m_buckets.size() > 100'000)
        m_buckets.clear();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    const double elapsed = static_cast<double>(std::max<qint64>(0, nowMs - it->updatedMs)) / 1000.0;
    it->tokens = std::min(m_burst, it->tokens + elapsed * m_rate);
    it->updatedMs = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return 0;
    }
    return std::max(1, static_cast<int>(std::ceil((1.0 - it->tokens) / m_rate)));
}

} // namespace kanri::server
