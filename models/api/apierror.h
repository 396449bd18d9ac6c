#pragma once

#include "domain/common.h"

#include <QString>

#include <optional>

namespace kanri::api {

// Everything that can go wrong with one API request, in one type, with a sentence a person
// can act on.
struct ApiError
{
    enum class Kind {
        Network,           // no connection, DNS, refused, reset
        Tls,               // handshake failed, certificate not trusted or changed
        Timeout,
        Unauthenticated,   // 401
        Forbidden,         // 403
        NotFound,          // 404
        Conflict,          // 409
        PreconditionFailed, // 412: someone else changed it
        PayloadTooLarge,   // 413
        Validation,        // 400/422 with field errors
        RateLimited,       // 429
        Locked,            // 423: account locked
        Server,            // 5xx
        MalformedResponse, // the service answered something we cannot decode
        Cancelled,
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    std::optional<domain::Problem> problem;
    QString requestId;     // X-Request-Id, for error reports
    QString technicalDetail; // for logs and "details" sections; never shown alone
    std::optional<int> retryAfterSeconds; // Retry-After, or the problem's retry_after
    // MalformedResponse: the member of the answer that could not be decoded. (Braces: existing
    // aggregate initialisations that stop before it stay warning-free.)
    QString field{};
    // Tls: the service presented a different certificate from the one pinned to the profile.
    bool certificateChanged{};

    // The translated sentence for the user: what happened and what to do. Adds the field
    // errors of a validation problem, and the request ID where it asks to report it.
    QString message() const;
};

} // namespace kanri::api
