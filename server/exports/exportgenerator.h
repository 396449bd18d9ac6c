#pragma once

#include "exports/logselection.h"

#include <QString>

#include <atomic>

namespace kanri::server::exports {

// Everything a generation needs, copied so that it can run on a worker thread.
struct GenerateSpec
{
    QString databasePath;
    LogSelection selection;
    domain::LogFormat format = domain::LogFormat::Csv;
    bool csvBom = false;
    QByteArray timeZoneId;
    QString partPath;
    QString finalPath;
    int throttleMs = 0; // pause after every chunk (tests: to catch a generation in progress)
};

struct GenerateResult
{
    bool ok = false;
    bool stopped = false; // asked to stop (service shutdown): neither ready nor failed
    QString error;
    qint64 rows = 0;
    qint64 size = 0;
    QString sha256;
};

// Streams the selected rows from the database through the formatter and gzip into
// spec.finalPath (via spec.partPath), in chunks, with its own database connection: memory
// stays bounded whatever the size of the log. Safe to run on any thread; checks `stop`
// between chunks.
GenerateResult generateExport(const GenerateSpec &spec, const std::atomic<bool> &stop);

} // namespace kanri::server::exports
