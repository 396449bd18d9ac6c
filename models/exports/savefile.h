#pragma once

#include <QByteArray>
#include <QString>

namespace kanri::exports {

// Writes `bytes` to `path` whole or not at all (through a temporary file renamed at the end):
// a full disk or a killed process leaves an earlier file of that name as it was. Returns why
// it failed, or an empty string once saved.
QString saveWhole(const QString &path, const QByteArray &bytes);

} // namespace kanri::exports
