#pragma once

#include "api/apirequest.h"

#include <QByteArray>

class QNetworkReply;

namespace kanri::api {

// Where a StreamRequest puts the body of a 2xx answer.
class BodySink
{
public:
    virtual ~BodySink() = default;
    // A 2xx answer begins: its status and headers (Content-Range, ETag). Called again when an
    // attempt is retried, whose body starts over. False refuses it: the request is aborted.
    virtual bool begin(const QNetworkReply &reply) = 0;
    // The next bytes of the body. False stops: the request is aborted.
    virtual bool write(const char *data, qint64 size) = 0;

protected:
    BodySink() = default;
    BodySink(const BodySink &) = default;
    BodySink &operator=(const BodySink &) = default;
};

// A request whose 2xx body is handed to a sink in chunks as it arrives, so that memory stays
// bounded whatever the size of the body. Finishes once, like every request: without an error
// when the whole body was written; Kind::Cancelled when the sink refused or stopped.
class StreamRequest : public ApiRequest
{
    Q_OBJECT
public:
    StreamRequest(BodySink &sink, QObject *parent = nullptr);

    // Body bytes of the current attempt handed to the sink.
    qint64 bytesWritten() const { return m_written; }

protected:
    bool streamsBody() const override { return true; }
    void readBody(QNetworkReply &reply) override;
    bool decode(const QByteArray &) override { return true; }

private:
    static constexpr qsizetype kChunkBytes = 256 * 1024;

    BodySink &m_sink;
    QByteArray m_chunk;
    int m_begunAttempt = 0;
    qint64 m_written = 0;
};

} // namespace kanri::api
