#pragma once

#include "api/apiclient.h"
#include "domain/logexport.h"
#include "exports/transferrate.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace kanri::exports {

// Downloads the file of a ready log export through the session's client (its TLS pin, token
// and refresh), in constant memory: the body goes to "<file>.part" as it arrives. A .part
// left by an interrupted download (network lost, paused, the console closed) is resumed with
// a Range request validated by the file's entity-tag. Only once the whole file has the size
// and SHA-256 of the export is it renamed to its final name, so that name never holds a
// partial or damaged file.
class ExportDownload : public QObject, private api::BodySink
{
    Q_OBJECT
public:
    enum class State { Idle, Downloading, Paused, Verifying, Completed, Failed };

    struct Failure
    {
        enum class Kind {
            Service,  // the service refused (not ready any more, no right, …)
            Network,  // the connection was lost or timed out: resume later
            Disk,     // the file could not be written (disk full, no permission)
            Checksum, // the bytes received are not the export's file: deleted
        };
        Kind kind = Kind::Network;
        // The sentence for the user: what happened, what became of the partial file, what to do.
        QString message;
        bool partKept = false; // the .part stays, and start() resumes it
        std::optional<api::ApiError> apiError;
    };

    // `logExport` must be ready (with its size and sha256). `filePath` is the final name.
    ExportDownload(api::ApiClient &client, domain::LogExport logExport, QString filePath,
                   QObject *parent = nullptr);
    ~ExportDownload() override;

    static QString partPath(const QString &filePath) { return filePath + QStringLiteral(".part"); }
    // Where the export's manifest is kept beside the verified file, as evidence of what it holds.
    static QString manifestPath(const QString &filePath) { return filePath + QStringLiteral(".manifest.json"); }

    // Starts, or resumes from the .part file. Does nothing while downloading or verifying.
    void start();
    // Stops the transfer and keeps the .part for start() to resume.
    void pause();
    // Stops and deletes the .part.
    void cancel();

    State state() const { return m_state; }
    const domain::LogExport &logExport() const { return m_export; }
    const QString &filePath() const { return m_filePath; }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_export.size.value_or(0); }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    std::optional<qint64> secondsLeft() const { return m_rate.secondsLeft(total() - m_received); }
    // The manifest the file is verified against, once the service gave it.
    const std::optional<domain::LogExportManifest> &manifest() const { return m_manifest; }
    // Set while state() is Failed.
    const std::optional<Failure> &failure() const { return m_failure; }

    // Free bytes on the volume of a directory (-1: unknown); QStorageInfo by default.
    using FreeSpace = std::function<qint64(const QString &directory)>;
    void setFreeSpaceProbe(FreeSpace probe) { m_freeSpace = std::move(probe); }

Q_SIGNALS:
    // At most every 100 ms while downloading, and when a state begins.
    void progress(qint64 received, qint64 total);
    void stateChanged(kanri::exports::ExportDownload::State state);

private:
    // Why the client side stopped a transfer (the request then finishes as cancelled).
    enum class Stop { None, Pause, Cancel, Disk, Changed, TooLong };

    bool begin(const QNetworkReply &reply) override;
    bool write(const char *data, qint64 size) override;

    // Runs `next` once the export's manifest is known (asking the service the first time).
    void withManifest(std::function<void()> next);
    void request(qint64 offset);
    void onFinished(api::StreamRequest *request);
    bool restartFromZero();
    void verify();
    void onVerified(const QString &sha256);
    void fail(Failure::Kind kind, const QString &message, const std::optional<api::ApiError> &error = {});
    void failFor(const api::ApiError &error);
    void setState(State state);
    void reportProgress(bool force);
    QByteArray expectedEtag() const;
    bool partExists() const;
    QString keptSentence() const;

    api::ApiClient &m_client;
    domain::LogExport m_export;
    QString m_filePath;
    QFile m_part;
    QPointer<api::StreamRequest> m_request;
    State m_state = State::Idle;
    Stop m_stop = Stop::None;
    QString m_diskError;
    std::optional<Failure> m_failure;
    std::optional<domain::LogExportManifest> m_manifest;
    qint64 m_received = 0;
    qint64 m_lastReportMs = -1;
    bool m_restarted = false;       // started over from byte 0 once already
    bool m_cancelVerify = false;    // cancel() came while verifying
    TransferRate m_rate;
    QElapsedTimer m_reportClock;
    FreeSpace m_freeSpace;
};

} // namespace kanri::exports
