#pragma once

#include <QString>

namespace kanri::exports {

// The SHA-256 of a file in lower-case hex, read in blocks (constant memory); empty when the
// file cannot be read. Blocking: run it off the GUI thread.
QString sha256OfFile(const QString &path);

} // namespace kanri::exports
