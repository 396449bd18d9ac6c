// The console's command line: what it accepts and the message it gives for what it refuses.
#include "commandline.h"

#include <kanri/version.h>

#include <QTest>

using namespace kanri::app;

class TestConsoleCommandLine : public QObject
{
    Q_OBJECT

    static ParsedCommandLine parse(const QStringList &args)
    {
        return parseCommandLine(QStringList{QStringLiteral("kanri")} + args);
    }

private Q_SLOTS:
    void demo()
    {
        const auto parsed = parse({QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("ja")});
        QVERIFY(parsed.options);
        QVERIFY(parsed.options->demo);
        QCOMPARE(parsed.options->language, QStringLiteral("ja"));
    }

    void urlWithPin()
    {
        const QString pin = QStringLiteral("sha256:") + QString(64, QLatin1Char('A'));
        const auto parsed = parse({QStringLiteral("--url"), QStringLiteral("https://kanri.example:8443"),
                                   QStringLiteral("--pin"), pin});
        QVERIFY(parsed.options);
        QCOMPARE(parsed.options->url, QUrl(QStringLiteral("https://kanri.example:8443")));
        QCOMPARE(parsed.options->pin, pin.toLower());
    }

    void profileOrNothing()
    {
        const auto named = parse({QStringLiteral("--profile"), QStringLiteral("本番")});
        QVERIFY(named.options);
        QCOMPARE(named.options->profile, QStringLiteral("本番"));
        QVERIFY(!named.options->offline);
        QVERIFY(parse({QStringLiteral("--profile"), QStringLiteral("本番"), QStringLiteral("--offline")}).options->offline);
        QVERIFY(!named.options->demo);
        // Nothing at all: the connection dialog chooses.
        const auto none = parse({});
        QVERIFY(none.options);
        QVERIFY(none.options->profile.isEmpty() && none.options->url.isEmpty() && !none.options->demo);
    }

    void versionAndHelp()
    {
        QCOMPARE(parse({QStringLiteral("--version")}).output,
                 QStringLiteral("kanri %1\n").arg(QLatin1StringView(kanri::kVersion)));
        const auto help = parse({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.output.startsWith(QStringLiteral("Usage: kanri [options]")));
        QVERIFY(help.output.contains(QStringLiteral("--demo")));
        QVERIFY(help.output.contains(QStringLiteral("--profile <NAME>")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain http") << QStringList{QStringLiteral("--url"), QStringLiteral("http://x")}
                                    << QStringLiteral("--url expects an https:// address");
        QTest::newRow("both") << QStringList{QStringLiteral("--demo"), QStringLiteral("--url"),
                                             QStringLiteral("https://x")}
                              << QStringLiteral("choose one of --profile, --demo and --url");
        QTest::newRow("profile and demo") << QStringList{QStringLiteral("--profile"), QStringLiteral("a"), QStringLiteral("--demo")}
                                          << QStringLiteral("choose one of");
        QTest::newRow("offline alone") << QStringList{QStringLiteral("--offline")} << QStringLiteral("--offline goes with --profile");
        QTest::newRow("pin alone") << QStringList{QStringLiteral("--pin"), QStringLiteral("sha256:") + QString(64, u'a')}
                                   << QStringLiteral("--pin goes with --url");
        QTest::newRow("bad pin") << QStringList{QStringLiteral("--url"), QStringLiteral("https://x"),
                                                QStringLiteral("--pin"), QStringLiteral("sha1:abcd")}
                                 << QStringLiteral("--pin expects sha256:");
        QTest::newRow("bad lang") << QStringList{QStringLiteral("--demo"), QStringLiteral("--lang"),
                                                 QStringLiteral("fr")}
                                  << QStringLiteral("--lang expects ja or en");
        QTest::newRow("stray") << QStringList{QStringLiteral("--demo"), QStringLiteral("extra")}
                               << QStringLiteral("unexpected argument 'extra'");
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto parsed = parse(args);
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, 2);
        QVERIFY2(parsed.output.contains(message), qPrintable(parsed.output));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCommandLine)
#include "tst_consolecommandline.moc"
