#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <memory>

namespace kanri::server::exports {

// Writes a gzip file in a single pass with bounded memory, and the SHA-256 of the compressed
// bytes as they go out. The file appears under its final name only when complete: it is
// written to `partPath`, synced, and renamed over `finalPath` by finish().
class GzipWriter
{
public:
    GzipWriter(QString partPath, QString finalPath);
    ~GzipWriter(); // an unfinished file is removed
    GzipWriter(const GzipWriter &) = delete;
    GzipWriter &operator=(const GzipWriter &) = delete;

    bool open();
    bool write(const QByteArray &data);
    bool finish();

    qint64 size() const { return m_size; }
    QString sha256Hex() const { return m_sha256; }
    QString errorString() const { return m_error; }

private:
    bool deflateInto(const char *data, qint64 size, int flush);
    bool fail(const QString &message);

    struct Stream;
    QString m_partPath;
    QString m_finalPath;
    QFile m_file;
    std::unique_ptr<Stream> m_stream;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_out;
    qint64 m_size = 0;
    QString m_sha256;
    QString m_error;
    bool m_done = false;
};

} // namespace kanri::server::exports
