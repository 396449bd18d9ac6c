#include "resources.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kanri {

QString chooseLanguage(const QString &forced)
{
    if (forced == QLatin1StringView("ja") || forced == QLatin1StringView("en"))
        return forced;
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1StringView("ja") ? QLocale::Japanese
                                                                    : QLocale::English,
                                language == QLatin1StringView("ja") ? QLocale::Japan
                                                                    : QLocale::UnitedStates));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/kanri_") + language))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace kanri
