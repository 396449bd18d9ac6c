#include "api/apierror.h"

#include <QCoreApplication>

namespace kanri::api {

QString ApiError::message() const
{
    QString sentence;
    switch (kind) {
    case Kind::Network:
        sentence = QCoreApplication::translate("ApiError", "The service cannot be reached. Check the network connection and the service address.");
        break;
    case Kind::Tls:
        sentence = QCoreApplication::translate("ApiError", "The secure connection could not be established: the service's certificate is not trusted or has changed.");
        break;
    case Kind::Timeout:
        sentence = QCoreApplication::translate("ApiError", "The service did not answer in time. Try again in a moment.");
        break;
    case Kind::Unauthenticated:
        sentence = QCoreApplication::translate("ApiError", "Your session has ended. Please sign in again.");
        break;
    case Kind::Forbidden:
        sentence = QCoreApplication::translate("ApiError", "You do not have permission to do this.");
        break;
    case Kind::NotFound:
        sentence = QCoreApplication::translate("ApiError", "It no longer exists on the service; it may have been deleted.");
        break;
    case Kind::Conflict:
        sentence = QCoreApplication::translate("ApiError", "The service refused the change because it conflicts with existing data.");
        break;
    case Kind::PreconditionFailed:
        sentence = QCoreApplication::translate("ApiError", "Someone else changed this in the meantime. Review their change, then apply yours again.");
        break;
    case Kind::PayloadTooLarge:
        sentence = QCoreApplication::translate("ApiError", "The request is too large for the service. Send less at a time.");
        break;
    case Kind::Validation:
        sentence = QCoreApplication::translate("ApiError", "The service did not accept the input. Correct the marked fields.");
        break;
    case Kind::RateLimited:
        sentence = retryAfterSeconds
                       ? QCoreApplication::translate("ApiError",
                                                     "Too many requests. Try again in %n second(s).",
                                                     nullptr, *retryAfterSeconds)
                       : QCoreApplication::translate("ApiError", "Too many requests. Try again in a moment.");
        break;
    case Kind::Locked:
        sentence = QCoreApplication::translate("ApiError", "The account is locked after too many failed sign-ins. Try again later.");
        break;
    case Kind::Server:
        sentence = QCoreApplication::translate("ApiError", "The service had an internal problem. Try again later; if it persists, report the request ID.");
        break;
    case Kind::MalformedResponse:
        sentence = QCoreApplication::translate("ApiError", "The service sent an answer the console cannot read. Report the request ID to the service operator.");
        break;
    case Kind::Cancelled:
        sentence = QCoreApplication::translate("ApiError", "The request was cancelled.");
        break;
    }
    if (problem && problem->detail && kind != Kind::Server && kind != Kind::MalformedResponse)
        sentence += QLatin1Char(' ') + *problem->detail;
    return sentence;
}

} // namespace kanri::api
