#pragma once

#include <QString>

class QCoreApplication;

namespace kanri {

// The translation to load: "ja" or "en" when forced, otherwise from the system locale
// (Japanese for a Japanese locale, English for everything else).
QString chooseLanguage(const QString &forced);

// Installs the console's and Qt's own translations for `language` on `app`.
// Returns false when the console's translation for that language is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace kanri
