#pragma once
// Shared by the offscreen UI tests: find what the user sees, switch the language, and save
// screenshots for review (KANRI_SCREENSHOT_DIR=dir, see scripts/screenshots).
#include "resources.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace kanri::test {

inline QString textOf(const QWidget &root, const char *name)
{
    auto *label = root.findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1StringView(name));
}

inline void saveScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("KANRI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Texts set just before (a status bar label) are laid out on the next pass: run it first,
    // or the picture shows them clipped to their old width.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(window.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

inline void useLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY(installTranslations(*qApp, language));
    QLocale::setDefault(QLocale(language == u"ja" ? QLocale::Japanese : QLocale::English,
                                language == u"ja" ? QLocale::Japan : QLocale::UnitedStates));
}

// The visible top-level widget of type T (a dialog opened by the code under test), or null.
template<typename T> T *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

} // namespace kanri::test
