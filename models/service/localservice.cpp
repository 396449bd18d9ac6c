#include "service/localservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace kanri::service {

LocalService::LocalService(QObject *parent)
    : QObject(parent)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(tr("The local demo service did not become ready in time."));
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalService::onOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local demo service could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!isReady()) {
            const QString reason = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
            fail(tr("The local demo service stopped (exit code %1): %2").arg(code).arg(reason));
        }
    });
}

LocalService::~LocalService()
{
    stop();
}

QString LocalService::findExecutable()
{
    const QString fromEnv = qEnvironmentVariable("KANRI_SERVICE_BIN");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return fromEnv;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {appDir.filePath(QStringLiteral("kanri-service")),
                                     appDir.filePath(QStringLiteral("../server/kanri-service"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("kanri-service"));
}

void LocalService::start(const QString &dataDir, const QStringList &extraArguments,
                         int readyTimeoutMs)
{
    const QString program = findExecutable();
    if (program.isEmpty()) {
        fail(tr("The kanri-service program was not found next to the console or on PATH."));
        return;
    }
    QStringList arguments{QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:0")};
    arguments += extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, arguments);
    m_readyTimer.start(readyTimeoutMs);
}

void LocalService::stop()
{
    m_readyTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool LocalService::parseReadyLine(const QByteArray &line, QUrl *url, QString *fingerprint)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^kanri-service ready url=(https://\S+) fingerprint=(sha256:[0-9a-f]{64})\s*$)"));
    const auto match = pattern.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return false;
    const QUrl parsed(match.captured(1), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.port() <= 0)
        return false;
    *url = parsed;
    *fingerprint = match.captured(2);
    return true;
}

void LocalService::onOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline;
    while (!isReady() && (newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (parseReadyLine(line, &m_url, &m_fingerprint)) {
            m_readyTimer.stop();
            Q_EMIT ready(m_url, m_fingerprint);
        }
    }
    if (isReady())
        m_stdout.clear();
}

void LocalService::fail(const QString &message)
{
    m_readyTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    Q_EMIT failed(message);
}

} // namespace kanri::service
