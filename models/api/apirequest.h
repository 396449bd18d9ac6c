#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace kanri::api {

// One request to the service. Its result or its error is set exactly once, then `finished`
// is emitted once; the request deletes itself later unless the caller keeps it.
class ApiRequest : public QObject
{
    Q_OBJECT
public:
    ~ApiRequest() override;

    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }
    const QString &requestId() const { return m_requestId; }
    int httpStatus() const { return m_httpStatus; }

    void abort();

Q_SIGNALS:
    void finished();

protected:
    explicit ApiRequest(QObject *parent = nullptr);
    // Decodes a successful body; returns false (after calling failMalformed) when it cannot.
    virtual bool decode(const QByteArray &body) = 0;
    void failMalformed(const QString &detail);

private:
    friend class ApiClient;
    void attach(QNetworkReply *reply);
    void onReplyFinished();
    void finish(std::optional<ApiError> error);

    QPointer<QNetworkReply> m_reply;
    std::optional<ApiError> m_error;
    QString m_requestId;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_tlsRefused = false;
};

// A request whose 2xx body decodes to T (any domain type with T::fromJson).
template<typename T>
class TypedRequest : public ApiRequest
{
public:
    explicit TypedRequest(QObject *parent = nullptr) : ApiRequest(parent) {}
    const T &result() const { return *m_result; }

protected:
    bool decode(const QByteArray &body) override
    {
        auto decoded = domain::decodeBody<T>(body);
        if (!decoded) {
            failMalformed(decoded.error().toString());
            return false;
        }
        m_result = std::move(decoded).value();
        return true;
    }

private:
    std::optional<T> m_result;
};

using HealthRequest = TypedRequest<domain::Health>;

} // namespace kanri::api
