#include "api/streamrequest.h"

#include <QNetworkReply>

namespace kanri::api {

StreamRequest::StreamRequest(BodySink &sink, QObject *parent)
    : ApiRequest(parent)
    , m_sink(sink)
{}

void StreamRequest::readBody(QNetworkReply &reply)
{
    if (m_begunAttempt != attempts()) {
        m_begunAttempt = attempts();
        m_written = 0;
        if (!m_sink.begin(reply)) {
            abort();
            return;
        }
    }
    if (m_chunk.isEmpty())
        m_chunk.resize(kChunkBytes);
    while (reply.bytesAvailable() > 0) {
        const qint64 n = reply.read(m_chunk.data(), m_chunk.size());
        if (n <= 0)
            return;
        m_written += n;
        if (!m_sink.write(m_chunk.constData(), n)) {
            abort();
            return;
        }
    }
}

} // namespace kanri::api
