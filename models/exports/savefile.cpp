#include "exports/savefile.h"

#include <QSaveFile>

namespace kanri::exports {

QString saveWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString().isEmpty() ? QStringLiteral("write error") : file.errorString();
    return {};
}

} // namespace kanri::exports
