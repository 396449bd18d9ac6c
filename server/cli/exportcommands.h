#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace kanri::server {

class Database;

// The operator's side of paid log exports (run against the data directory, also while the
// service runs: the service picks an approval up within a second):
//   exports list [--tenant SLUG] [--state STATE]
//   exports approve ID
//   exports reject ID --reason TEXT
int exportsList(const QCommandLineParser &p, Database &database, QTextStream &out,
                QTextStream &err);
int exportsApprove(const QCommandLineParser &p, Database &database, QTextStream &out,
                   QTextStream &err);
int exportsReject(const QCommandLineParser &p, Database &database, QTextStream &out,
                  QTextStream &err);

} // namespace kanri::server
