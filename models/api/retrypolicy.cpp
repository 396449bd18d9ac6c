#include "api/retrypolicy.h"

#include <QRandomGenerator>

namespace kanri::api {

namespace {

bool worthRepeating(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
        return true;
    case ApiError::Kind::Server:
        // Gateways and an overloaded service; a 500 is a fault that a repeat would only repeat.
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace

std::optional<std::chrono::milliseconds> retryDelay(const RequestSpec &spec, const ApiError &error,
                                                    int retriesSoFar, const RetryPolicy &policy)
{
    if (!spec.isIdempotent() || retriesSoFar >= policy.maxRetries || !worthRepeating(error))
        return std::nullopt;
    if (error.retryAfterSeconds) {
        if (*error.retryAfterSeconds > policy.maxRetryAfter.count())
            return std::nullopt;
        return policy.retryAfterUnit * *error.retryAfterSeconds;
    }
    const qint64 delay = policy.baseDelay.count() << qBound(0, retriesSoFar, 16);
    // ±25 %, so that clients that failed together do not all come back together.
    const qint64 spread = delay / 2;
    const qint64 jitter =
        spread > 0 ? QRandomGenerator::global()->bounded(spread + 1) - spread / 2 : 0;
    return std::chrono::milliseconds(qMax<qint64>(0, delay + jitter));
}

} // namespace kanri::api
