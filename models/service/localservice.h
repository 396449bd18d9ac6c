#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace kanri::service {

// Runs a kanri-service as a child process (never in-process: the console links SQLCipher,
// the service Qt's SQLite) and reports its "ready" line: URL and certificate fingerprint.
// Stopping, or destroying this object, ends the child with SIGTERM (SIGKILL after 5 s).
class LocalService : public QObject
{
    Q_OBJECT
public:
    explicit LocalService(QObject *parent = nullptr);
    ~LocalService() override;

    // Where the executable is: $KANRI_SERVICE_BIN, next to the console, in the build tree,
    // or on PATH. Empty when not found.
    static QString findExecutable();

    // Starts `kanri-service --data-dir DIR --listen 127.0.0.1:0 [extraArguments]`.
    void start(const QString &dataDir, const QStringList &extraArguments = {},
               int readyTimeoutMs = 120'000);
    void stop();

    bool isReady() const { return !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    QString fingerprint() const { return m_fingerprint; }
    qint64 processId() const { return m_process.processId(); }

    // Parses "kanri-service ready url=... fingerprint=sha256:..."; false for any other line.
    static bool parseReadyLine(const QByteArray &line, QUrl *url, QString *fingerprint);

Q_SIGNALS:
    void ready(const QUrl &url, const QString &fingerprint);
    void failed(const QString &message);

private:
    void onOutput();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_readyTimer;
    QByteArray m_stdout;
    QUrl m_url;
    QString m_fingerprint;
};

} // namespace kanri::service
