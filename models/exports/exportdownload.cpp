#include "exports/exportdownload.h"

#include "exports/filehash.h"
#include "exports/savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QStorageInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>
#include <system_error>

namespace kanri::exports {

namespace {

// "bytes START-END/SIZE" → START; -1 when it does not parse.
qint64 contentRangeStart(const QByteArray &header)
{
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes "))
        return -1;
    const qsizetype dash = h.indexOf('-', 6);
    if (dash < 0)
        return -1;
    bool ok = false;
    const qint64 start = h.mid(6, dash - 6).toLongLong(&ok);
    return ok && start >= 0 ? start : -1;
}

// An entity-tag without its weakness marker and quotes.
QByteArray bareTag(QByteArray tag)
{
    tag = tag.trimmed();
    if (tag.startsWith("W/"))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
        tag = tag.mid(1, tag.size() - 2);
    return tag.toLower();
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    // Replaces `to` in one step (rename(2)), so that it is either the old or the new file.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    if (ec)
        *error = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

} // namespace

ExportDownload::ExportDownload(api::ApiClient &client, domain::LogExport logExport, QString filePath,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_export(std::move(logExport))
    , m_filePath(std::move(filePath))
    , m_part(partPath(m_filePath))
    , m_freeSpace([](const QString &directory) {
        const QStorageInfo volume(directory);
        return volume.isValid() ? volume.bytesAvailable() : qint64(-1);
    })
{
    if (partExists())
        m_received = QFileInfo(m_part.fileName()).size();
}

ExportDownload::~ExportDownload()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->abort(); // it must not write to a sink that is going away
    }
}

bool ExportDownload::partExists() const
{
    return QFileInfo::exists(m_part.fileName());
}

QByteArray ExportDownload::expectedEtag() const
{
    return '"' + m_export.sha256.value_or(QString()).toLatin1() + '"';
}

void ExportDownload::start()
{
    if (m_state == State::Downloading || m_state == State::Verifying)
        return;
    m_failure.reset();
    m_restarted = false;
    m_cancelVerify = false;
    if (m_export.state != domain::LogExportState::Ready || !m_export.size || !m_export.sha256) {
        fail(Failure::Kind::Service, tr("This export has no file to download yet."));
        return;
    }
    qint64 have = partExists() ? QFileInfo(m_part.fileName()).size() : 0;
    if (have > total()) {
        QFile::remove(m_part.fileName()); // longer than the file: not a part of it
        have = 0;
    }
    m_received = have;
    if (have == total()) {
        withManifest([this] { verify(); });
        return;
    }
    const QString directory = QFileInfo(m_filePath).absolutePath();
    const qint64 free = m_freeSpace(directory);
    if (free >= 0 && free < total() - have) {
        fail(Failure::Kind::Disk,
             tr("There is not enough space in %1: the export needs %2 more, %3 are free. Free "
                "some space or choose another folder.")
                 .arg(QDir::toNativeSeparators(directory), sizeText(total() - have),
                      sizeText(free)));
        return;
    }
    // Unbuffered: every chunk reaches the file when write() returns, so a failed write is seen
    // at once and the .part never holds bytes the download did not count.
    if (!m_part.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        fail(Failure::Kind::Disk, tr("%1 cannot be written: %2. Choose another folder.")
                                      .arg(QDir::toNativeSeparators(m_part.fileName()),
                                           m_part.errorString()));
        return;
    }
    withManifest([this, have] { request(have); });
}

// The manifest first: the file is verified against it, and it is kept beside the file.
void ExportDownload::withManifest(std::function<void()> next)
{
    if (m_manifest) {
        next();
        return;
    }
    setState(State::Downloading);
    auto *request = m_client.get<domain::LogExportManifest>(QStringLiteral("/log-exports/%1/manifest").arg(m_export.id));
    connect(request, &api::ApiRequest::finished, this, [this, request, next] {
        if (m_state != State::Downloading)
            return; // paused or cancelled meanwhile
        if (const auto &error = request->error()) {
            failFor(*error);
            return;
        }
        const domain::LogExportManifest &manifest = request->result();
        if (manifest.size != total() || manifest.sha256.compare(*m_export.sha256, Qt::CaseInsensitive) != 0) {
            fail(Failure::Kind::Service, tr("The export's manifest describes another file than the service offers "
                                            "(its size or SHA-256 differ), so the file cannot be verified. Report "
                                            "the problem to the service."));
            return;
        }
        m_manifest = manifest;
        next();
    });
}

void ExportDownload::request(qint64 offset)
{
    api::RequestSpec spec;
    spec.path = QStringLiteral("/log-exports/%1/file").arg(m_export.id);
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/gzip, application/problem+json")});
    if (offset > 0) {
        spec.headers.append({QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(offset) + '-'});
        // A file that changed on the service comes whole instead of continuing another one.
        spec.headers.append({QByteArrayLiteral("If-Range"), expectedEtag()});
    }
    api::StreamRequest *request = m_client.stream(std::move(spec), *this);
    m_request = request;
    connect(request, &api::ApiRequest::finished, this, [this, request] { onFinished(request); });
    m_rate.restart(m_received);
    m_reportClock.start();
    setState(State::Downloading);
}

bool ExportDownload::begin(const QNetworkReply &reply)
{
    qint64 start = 0;
    if (reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 206) {
        start = contentRangeStart(reply.rawHeader("Content-Range"));
        // A range of another file, or one that leaves a gap: what we have cannot be continued.
        if (bareTag(reply.rawHeader("ETag")) != bareTag(expectedEtag()) || start < 0 ||
            start > m_part.size()) {
            m_stop = Stop::Changed;
            return false;
        }
    }
    if (!m_part.resize(start) || !m_part.seek(start)) {
        m_diskError = m_part.errorString();
        m_stop = Stop::Disk;
        return false;
    }
    m_received = start;
    m_rate.restart(m_received);
    reportProgress(true);
    return true;
}

bool ExportDownload::write(const char *data, qint64 size)
{
    if (m_received + size > total()) {
        m_stop = Stop::TooLong;
        return false;
    }
    const qint64 written = m_part.write(data, size);
    if (written != size) {
        m_diskError = m_part.errorString();
        m_stop = Stop::Disk;
        if (written > 0)
            m_part.resize(m_received); // keep only whole chunks that were counted
        return false;
    }
    m_received += size;
    m_rate.add(m_received);
    reportProgress(false);
    return true;
}

void ExportDownload::pause()
{
    if (m_state != State::Downloading)
        return;
    if (!m_request) { // still asking for the manifest: its answer is dropped
        m_part.close();
        setState(State::Paused);
        return;
    }
    m_stop = Stop::Pause;
    m_request->abort();
}

void ExportDownload::cancel()
{
    if (m_state == State::Verifying) {
        m_cancelVerify = true;
        return;
    }
    if (m_state == State::Downloading && m_request) {
        m_stop = Stop::Cancel;
        m_request->abort();
        return;
    }
    m_part.close();
    QFile::remove(m_part.fileName());
    m_received = 0;
    m_failure.reset();
    setState(State::Idle);
}

void ExportDownload::onFinished(api::StreamRequest *request)
{
    if (request != m_request)
        return;
    m_request = nullptr;
    const Stop stop = std::exchange(m_stop, Stop::None);
    const std::optional<api::ApiError> &error = request->error();
    switch (stop) {
    case Stop::Pause:
        m_part.close();
        setState(State::Paused);
        return;
    case Stop::Cancel:
        m_part.close();
        QFile::remove(m_part.fileName());
        m_received = 0;
        setState(State::Idle);
        return;
    case Stop::Disk:
        m_part.close();
        fail(Failure::Kind::Disk, tr("Writing %1 failed: %2. Free some space or check the "
                                     "folder, then resume.")
                                      .arg(QDir::toNativeSeparators(m_part.fileName()), m_diskError));
        return;
    case Stop::Changed:
        if (restartFromZero())
            return;
        m_part.close();
        fail(Failure::Kind::Service,
             tr("The service sent a different file from the one this export describes."));
        return;
    case Stop::TooLong:
        m_part.close();
        QFile::remove(m_part.fileName());
        fail(Failure::Kind::Checksum,
             tr("The service sent more than the %1 of this export. The partial file was "
                "deleted; download it again.")
                 .arg(sizeText(total())));
        return;
    case Stop::None:
        break;
    }
    if (error) {
        // 416: we asked for a range past the end; what we have is whole or not this file.
        if (error->httpStatus == 416) {
            if (m_part.size() == total()) {
                m_part.close();
                verify();
                return;
            }
            if (restartFromZero())
                return;
        }
        m_part.close();
        failFor(*error);
        return;
    }
    m_part.close();
    if (m_received != total()) {
        QFile::remove(m_part.fileName());
        fail(Failure::Kind::Checksum,
             tr("The download ended after %1 of %2. The partial file was deleted; download it "
                "again.")
                 .arg(sizeText(m_received), sizeText(total())));
        return;
    }
    reportProgress(true);
    verify();
}

bool ExportDownload::restartFromZero()
{
    if (m_restarted || !m_part.isOpen() || !m_part.resize(0))
        return false;
    m_restarted = true;
    m_received = 0;
    request(0);
    return true;
}

void ExportDownload::verify()
{
    setState(State::Verifying);
    const QString path = m_part.fileName();
    // Off the GUI thread: hashing a large file takes a while. The continuation is dropped
    // with this object.
    QtConcurrent::run([path] { return sha256OfFile(path); })
        .then(this, [this](const QString &sha256) { onVerified(sha256); });
}

void ExportDownload::onVerified(const QString &sha256)
{
    if (m_cancelVerify) {
        m_cancelVerify = false;
        cancel();
        return;
    }
    const QString part = m_part.fileName();
    if (sha256.isEmpty()) {
        fail(Failure::Kind::Disk, tr("%1 could not be read back to verify it.")
                                      .arg(QDir::toNativeSeparators(part)));
        return;
    }
    if (!m_manifest || sha256.compare(m_manifest->sha256, Qt::CaseInsensitive) != 0) {
        QFile::remove(part);
        m_received = 0;
        fail(Failure::Kind::Checksum,
             tr("The downloaded file does not match the SHA-256 checksum in the export's manifest: it "
                "was damaged on the way or on the service. The partial file was deleted; download it "
                "again, and report the problem if it happens again."));
        return;
    }
    QString why;
    const QString evidence = manifestPath(m_filePath);
    if (const QString error = saveWhole(evidence, QJsonDocument(m_manifest->toJson()).toJson(QJsonDocument::Indented));
        !error.isEmpty()) {
        fail(Failure::Kind::Disk, tr("The export's manifest could not be saved as %1: %2.")
                                      .arg(QDir::toNativeSeparators(evidence), error));
        return;
    }
    if (!renameOver(part, m_filePath, &why)) {
        fail(Failure::Kind::Disk, tr("The verified file could not be saved as %1: %2.")
                                      .arg(QDir::toNativeSeparators(m_filePath), why));
        return;
    }
    setState(State::Completed);
}

QString ExportDownload::keptSentence() const
{
    return tr("The %1 downloaded so far are kept; resume to continue.").arg(sizeText(m_received));
}

void ExportDownload::fail(Failure::Kind kind, const QString &message,
                          const std::optional<api::ApiError> &error)
{
    Failure failure;
    failure.kind = kind;
    failure.partKept = partExists();
    if (failure.partKept)
        m_received = QFileInfo(m_part.fileName()).size();
    failure.message = failure.partKept && m_received > 0 && kind != Failure::Kind::Checksum
                          ? message + QLatin1Char(' ') + keptSentence()
                          : message;
    failure.apiError = error;
    m_failure = std::move(failure);
    setState(State::Failed);
}

void ExportDownload::failFor(const api::ApiError &error)
{
    // A lost connection or a passing service failure can be resumed; a refusal cannot.
    const bool lost = error.kind == api::ApiError::Kind::Network || error.kind == api::ApiError::Kind::Timeout
                      || error.kind == api::ApiError::Kind::Server;
    fail(lost ? Failure::Kind::Network : Failure::Kind::Service, error.message(), error);
}

void ExportDownload::setState(State state)
{
    if (state != State::Failed)
        m_failure.reset();
    m_state = state;
    Q_EMIT stateChanged(state);
    reportProgress(true);
}

void ExportDownload::reportProgress(bool force)
{
    const qint64 now = m_reportClock.isValid() ? m_reportClock.elapsed() : 0;
    if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    Q_EMIT progress(m_received, total());
}

} // namespace kanri::exports
