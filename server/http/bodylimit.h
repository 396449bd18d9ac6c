#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace kanri::server {

// Keeps a client from making the service buffer a body over the limit: it sees a connection's
// bytes before the HTTP parser does. A request whose Content-Length is over the limit is
// refused as soon as its headers are in, before its body is read; a connection that sends more
// than the limit plus room for headers without finishing a request (a chunked body) is refused
// then. After a refusal the rest of what the client sends is read and dropped, and the
// connection closes once the announced body is through or the client goes quiet, so the answer
// is not lost to a reset.
class BodyLimit : public QObject
{
    Q_OBJECT
public:
    // Answers the refused request on `socket`; `head` is its request line and headers when they
    // were seen (empty otherwise).
    using Refuse = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    BodyLimit(QTcpSocket *socket, qint64 maxBodyBytes, Refuse refuse);

    // A request of the connection was read in full: the next one starts.
    static void requestDone(QTcpSocket *socket);

private:
    void onReadyRead();
    void refuse(qint64 requestBytes);
    void drop();

    QTcpSocket *m_socket;
    const qint64 m_maxBodyBytes;
    const Refuse m_refuse;
    QByteArray m_head;      // the current request's first bytes, until its headers end
    bool m_headDone = false;
    qint64 m_seen = 0;      // bytes of the current request so far
    bool m_refused = false;
    bool m_lengthKnown = false; // after a refusal: whether the request's size was announced
    qint64 m_dropLeft = 0;      // and how much of it is still to come
    QTimer m_quiet;
};

} // namespace kanri::server
