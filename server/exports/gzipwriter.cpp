#include "exports/gzipwriter.h"

#include <QFileInfo>

#include <zlib.h>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kanri::server::exports {

namespace {
constexpr qint64 kOutBuffer = 256 * 1024;
// Level 6 (zlib's default) costs about twice level 3's time for a few percent less size;
// logs compress well either way.
constexpr int kLevel = 3;

bool syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
} // namespace

struct GzipWriter::Stream
{
    z_stream z{};
    bool initialised = false;
    ~Stream()
    {
        if (initialised)
            deflateEnd(&z);
    }
};

GzipWriter::GzipWriter(QString partPath, QString finalPath)
    : m_partPath(std::move(partPath))
    , m_finalPath(std::move(finalPath))
    , m_file(m_partPath)
{}

GzipWriter::~GzipWriter()
{
    if (!m_done) {
        m_file.close();
        QFile::remove(m_partPath);
    }
}

bool GzipWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

bool GzipWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot create %1: %2").arg(m_partPath, m_file.errorString()));
    m_stream = std::make_unique<Stream>();
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&m_stream->z, kLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return fail(QStringLiteral("cannot initialise the compressor"));
    m_stream->initialised = true;
    m_out.resize(kOutBuffer);
    return true;
}

bool GzipWriter::deflateInto(const char *data, qint64 size, int flush)
{
    z_stream &z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = static_cast<uInt>(size);
    int status = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(m_out.data());
        z.avail_out = static_cast<uInt>(m_out.size());
        status = deflate(&z, flush);
        if (status == Z_STREAM_ERROR)
            return fail(QStringLiteral("compression failed"));
        const qint64 produced = m_out.size() - qint64(z.avail_out);
        if (produced > 0) {
            if (m_file.write(m_out.constData(), produced) != produced)
                return fail(
                    QStringLiteral("cannot write %1: %2").arg(m_partPath, m_file.errorString()));
            m_hash.addData(QByteArrayView(m_out.constData(), produced));
            m_size += produced;
        }
    } while (z.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    return true;
}

bool GzipWriter::write(const QByteArray &data)
{
    if (!m_stream || !m_error.isEmpty())
        return false;
    // avail_in is 32-bit: feed large buffers in pieces.
    constexpr qint64 piece = 64 * 1024 * 1024;
    for (qint64 at = 0; at < data.size(); at += piece) {
        if (!deflateInto(data.constData() + at, std::min(piece, data.size() - at), Z_NO_FLUSH))
            return false;
    }
    return true;
}

bool GzipWriter::finish()
{
    if (!m_stream || !m_error.isEmpty() || !deflateInto(nullptr, 0, Z_FINISH))
        return false;
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return fail(QStringLiteral("cannot flush %1 to disk").arg(m_partPath));
    m_file.close();
    // rename(2) replaces an older file of the same name atomically.
    if (std::rename(QFile::encodeName(m_partPath).constData(),
                    QFile::encodeName(m_finalPath).constData()) != 0)
        return fail(QStringLiteral("cannot rename %1 to %2").arg(m_partPath, m_finalPath));
    syncDirectory(QFileInfo(m_finalPath).absolutePath());
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    m_done = true;
    return true;
}

} // namespace kanri::server::exports
