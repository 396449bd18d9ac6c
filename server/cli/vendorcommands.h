#pragma once

#include <QStringList>
#include <QTextStream>

namespace kanri::server {

// The operator's commands that work on the data directory directly (no HTTP):
//   kanri-service tenant create|list|update, user create, notice publish,
//   exports list|approve|reject.
// Returns true when `arguments` (argv without the program) start with one of them; then
// *exitCode holds the result and the command's output went to `out` / `err`.
bool runVendorCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, int *exitCode);

} // namespace kanri::server
