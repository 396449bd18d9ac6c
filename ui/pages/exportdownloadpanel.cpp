#include "pages/exportdownloadpanel.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

using State = exports::ExportDownload::State;

QString timeLeftText(qint64 seconds)
{
    if (seconds < 60)
        return ExportDownloadPanel::tr("about %n second(s) left", nullptr, static_cast<int>(qMax<qint64>(1, seconds)));
    return ExportDownloadPanel::tr("about %n minute(s) left", nullptr, static_cast<int>((seconds + 30) / 60));
}

} // namespace

ExportDownloadPanel::ExportDownloadPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exportDownloadPanel"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("downloadFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("downloadProgress"));
    m_bar->setRange(0, 1000);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("downloadDetail"));
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_file);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    hide();
}

void ExportDownloadPanel::follow(exports::ExportDownload *download)
{
    if (m_download)
        m_download->disconnect(this);
    m_download = download;
    if (download) {
        connect(download, &exports::ExportDownload::progress, this, &ExportDownloadPanel::refresh);
        connect(download, &exports::ExportDownload::stateChanged, this, &ExportDownloadPanel::refresh);
    }
    refresh();
}

QString ExportDownloadPanel::progressText(const exports::ExportDownload &download)
{
    const QLocale locale;
    const QString amount = tr("%1 of %2").arg(locale.formattedDataSize(download.received()),
                                              locale.formattedDataSize(download.total()));
    switch (download.state()) {
    case State::Idle:
        return download.received() > 0 ? tr("%1 downloaded; resume to continue.").arg(amount)
                                       : QString();
    case State::Downloading: {
        QString text = amount;
        if (const double rate = download.bytesPerSecond(); rate > 0)
            text += tr(" · %1/s").arg(locale.formattedDataSize(static_cast<qint64>(rate)));
        if (const auto left = download.secondsLeft())
            text += QStringLiteral(" · ") + timeLeftText(*left);
        return text;
    }
    case State::Paused:
        return tr("Paused at %1.").arg(amount);
    case State::Verifying:
        return tr("Checking the SHA-256 checksum…");
    case State::Completed:
        return tr("Saved and verified against the export's manifest (SHA-256 %1). The manifest is kept beside it as %2.")
            .arg(download.manifest() ? download.manifest()->sha256 : QString(),
                 QFileInfo(exports::ExportDownload::manifestPath(download.filePath())).fileName());
    case State::Failed:
        return download.failure() ? download.failure()->message : QString();
    }
    return {};
}

void ExportDownloadPanel::refresh()
{
    if (!m_download) {
        hide();
        return;
    }
    const exports::ExportDownload &d = *m_download;
    m_file->setText(QDir::toNativeSeparators(d.filePath()));
    const qint64 total = qMax<qint64>(1, d.total());
    m_bar->setValue(static_cast<int>(d.received() * 1000 / total));
    m_bar->setVisible(d.state() != State::Completed);
    m_detail->setText(progressText(d));
    m_detail->setStyleSheet(d.state() == State::Failed ? QStringLiteral("color: #b00020;") : QString());
    show();
}

} // namespace kanri::ui
