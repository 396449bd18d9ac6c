#pragma once

#include "api/apierror.h"
#include "api/apirequest.h"

#include <chrono>
#include <optional>

namespace kanri::api {

// When an idempotent request is sent again by itself. Non-idempotent requests (a POST without
// Idempotency-Key, PATCH, DELETE) never are: the service may have done them already.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay{500}; // doubled per retry, with ±25 % jitter
    // A longer Retry-After is not waited out: the person sees when to try again instead.
    std::chrono::seconds maxRetryAfter{30};
    // The length of one Retry-After second; tests shorten it to stay fast.
    std::chrono::milliseconds retryAfterUnit{1000};
};

// The wait before retry number `retriesSoFar + 1` of `spec` after `error`, or nullopt when
// the error is final: not idempotent, retries used up, or not worth repeating (4xx, TLS, 500).
std::optional<std::chrono::milliseconds> retryDelay(const RequestSpec &spec, const ApiError &error,
                                                    int retriesSoFar, const RetryPolicy &policy);

} // namespace kanri::api
