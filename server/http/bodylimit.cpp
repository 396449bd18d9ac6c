#include "http/bodylimit.h"

#include <QTcpSocket>

#include <optional>

namespace kanri::server {

namespace {

constexpr qsizetype kHeadBytes = 16 * 1024;  // headers longer than this are not inspected
constexpr qint64 kHeadRoom = 64 * 1024;      // allowance for headers when counting bytes
constexpr qint64 kMaxDropped = 64LL << 20;   // a client that keeps sending past this is cut off

bool startsWithMethod(const QByteArray &head)
{
    for (const char *method : {"GET ", "POST ", "PUT ", "PATCH ", "DELETE ", "HEAD ", "OPTIONS "}) {
        if (head.startsWith(method))
            return true;
    }
    return false;
}

std::optional<qint64> contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (ok && length >= 0)
            return length;
    }
    return std::nullopt;
}

} // namespace

BodyLimit::BodyLimit(QTcpSocket *socket, qint64 maxBodyBytes, Refuse refuse)
    : QObject(socket)
    , m_socket(socket)
    , m_maxBodyBytes(maxBodyBytes)
    , m_refuse(std::move(refuse))
{
    // Connected before the HTTP parser's own slot, so it runs first.
    connect(socket, &QTcpSocket::readyRead, this, &BodyLimit::onReadyRead);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(2000);
    connect(&m_quiet, &QTimer::timeout, this, [this] { m_socket->disconnectFromHost(); });
}

void BodyLimit::requestDone(QTcpSocket *socket)
{
    if (auto *limit = socket->findChild<BodyLimit *>(QString(), Qt::FindDirectChildrenOnly)) {
        limit->m_head.clear();
        limit->m_headDone = false;
        limit->m_seen = 0;
    }
}

void BodyLimit::onReadyRead()
{
    if (m_refused) {
        drop();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (!m_headDone) {
        m_head += m_socket->peek(std::min<qint64>(available, kHeadBytes - m_head.size()));
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end >= 0) {
            m_head.truncate(end);
            m_headDone = true;
            const auto length = startsWithMethod(m_head) ? contentLength(m_head) : std::nullopt;
            if (length && *length > m_maxBodyBytes) {
                refuse(end + 4 + *length);
                return;
            }
        } else if (m_head.size() >= kHeadBytes) {
            m_head.clear();
            m_headDone = true; // too long to look at: the count below decides
        }
    }
    m_seen += available;
    if (m_seen > m_maxBodyBytes + kHeadRoom)
        refuse(-1);
}

void BodyLimit::refuse(qint64 requestBytes)
{
    m_refused = true;
    m_lengthKnown = requestBytes >= 0;
    m_dropLeft = requestBytes - m_seen;
    m_refuse(m_socket, m_headDone ? m_head : QByteArray());
    // What the parser held of this request goes too: it will not be completed.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    drop();
}

void BodyLimit::drop()
{
    const qint64 dropped = std::max<qint64>(m_socket->skip(m_socket->bytesAvailable()), 0);
    m_seen += dropped;
    m_dropLeft -= dropped;
    if ((m_lengthKnown && m_dropLeft <= 0) || m_seen > kMaxDropped)
        m_socket->disconnectFromHost();
    else
        m_quiet.start();
}

} // namespace kanri::server
