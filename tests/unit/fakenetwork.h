#pragma once

// A QNetworkAccessManager that answers per method and path with canned replies, as ownCloud's
// FakeAM does: JSON with a status and headers, network errors, replies that hang until
// aborted, and any body at all. It records every request it was asked for.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>

namespace kanri::test {

struct Canned
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // with status 0
    // With a status: the body is cut off, after `body`, by this error (a connection lost).
    QNetworkReply::NetworkError cutOff = QNetworkReply::NoError;
    bool hang = false;                                          // never finishes until aborted
    int delayMs = 0; // answers after this long instead of at the next event loop turn

    static Canned json(int status, QByteArray body)
    {
        return {status, std::move(body), {{"Content-Type", "application/json"}}};
    }
    static Canned problem(int status, const char *code, QByteArray extra = {})
    {
        // (No raw strings in this header: moc reads it.)
        QByteArray body = "{\"type\":\"urn:kanri:problem:" + QByteArray(code) + "\",\"title\":\"" +
                          QByteArray(code) + "\",\"status\":" + QByteArray::number(status);
        if (!extra.isEmpty())
            body += ',' + extra;
        body += '}';
        return {status, body, {{"Content-Type", "application/problem+json"}}};
    }
    static Canned failure(QNetworkReply::NetworkError error)
    {
        Canned c;
        c.status = 0;
        c.error = error;
        return c;
    }
    static Canned hanging()
    {
        Canned c;
        c.hang = true;
        return c;
    }
    Canned &header(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    Canned &after(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

// One request as the manager received it.
struct Call
{
    QByteArray method;
    QString path; // without /api/v1
    QUrlQuery query;
    QNetworkRequest request;
    QByteArray body;

    QByteArray route() const { return method + ' ' + path.toUtf8(); }
    QByteArray header(const char *name) const { return request.rawHeader(name); }
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
              const Canned &canned, QObject *parent)
        : QNetworkReply(parent)
        , m_canned(canned)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (canned.hang)
            return;
        QTimer::singleShot(canned.delayMs, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (m_done)
            return;
        Q_EMIT abortedByClient();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        complete();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }

Q_SIGNALS:
    void abortedByClient();

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (m_done)
            return;
        if (m_canned.error != NoError) {
            setError(m_canned.error, QStringLiteral("fake network error %1").arg(m_canned.error));
            Q_EMIT errorOccurred(m_canned.error);
            complete();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
        // The service echoes the client's X-Request-Id unless the canned answer has its own.
        setRawHeader("X-Request-Id", request().rawHeader("X-Request-Id"));
        for (const auto &[name, value] : m_canned.headers) {
            setRawHeader(name, value);
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(value));
        }
        m_body = m_canned.body;
        if (m_canned.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP %1").arg(m_canned.status));
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        if (m_canned.cutOff != NoError) {
            setError(m_canned.cutOff, QStringLiteral("fake transfer cut off"));
            Q_EMIT errorOccurred(m_canned.cutOff);
        }
        complete();
    }
    void complete()
    {
        m_done = true;
        setFinished(true);
        Q_EMIT finished();
    }

    Canned m_canned;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_done = false;
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<Canned(const Call &)>;

    // Answers a route, "METHOD /path" with the path below /api/v1, through `handler`.
    void on(const QByteArray &route, Handler handler)
    {
        m_routes.insert(route, std::move(handler));
    }
    void on(const QByteArray &route, const Canned &canned)
    {
        on(route, [canned](const Call &) { return canned; });
    }
    // Successive answers; the last one repeats.
    void onSequence(const QByteArray &route, QList<Canned> answers)
    {
        auto next = std::make_shared<qsizetype>(0);
        on(route, [answers, next](const Call &) {
            return answers.at(qMin((*next)++, answers.size() - 1));
        });
    }

    QList<Call> calls;
    int aborted = 0; // replies the client gave up on

    QList<Call> callsTo(const QByteArray &route) const
    {
        QList<Call> out;
        for (const Call &c : calls) {
            if (c.route() == route)
                out.append(c);
        }
        return out;
    }
    qsizetype count(const QByteArray &route) const { return callsTo(route).size(); }
    QList<QByteArray> routes() const
    {
        QList<QByteArray> out;
        for (const Call &c : calls)
            out.append(c.route());
        return out;
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        Call call;
        switch (op) {
        case GetOperation:
            call.method = "GET";
            break;
        case PostOperation:
            call.method = "POST";
            break;
        case PutOperation:
            call.method = "PUT";
            break;
        case DeleteOperation:
            call.method = "DELETE";
            break;
        case HeadOperation:
            call.method = "HEAD";
            break;
        default:
            call.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        call.path = request.url().path();
        if (call.path.startsWith(QLatin1StringView("/api/v1")))
            call.path = call.path.mid(7);
        call.query = QUrlQuery(request.url());
        call.request = request;
        if (data)
            call.body = data->readAll();
        calls.append(call);
        const auto route = m_routes.constFind(call.route());
        const Canned canned =
            route != m_routes.cend()
                ? (*route)(call)
                : Canned::problem(404, "not-found", "\"detail\":\"no fake route\"");
        auto *reply = new FakeReply(request, op, canned, this);
        connect(reply, &FakeReply::abortedByClient, this, [this] { ++aborted; });
        return reply;
    }

private:
    QHash<QByteArray, Handler> m_routes;
};

} // namespace kanri::test
