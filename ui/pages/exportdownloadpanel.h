#pragma once

#include "exports/exportdownload.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace kanri::ui {

// The download of the selected export: file, progress with speed and time left, and what
// went wrong in words. Hidden when the selected export has no download.
class ExportDownloadPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExportDownloadPanel(QWidget *parent = nullptr);

    void follow(exports::ExportDownload *download);
    // "12.5 MB of 40 MB · 85 MB/s · about 1 minute left" and the like.
    static QString progressText(const exports::ExportDownload &download);

private:
    void refresh();

    QPointer<exports::ExportDownload> m_download;
    QLabel *m_file = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace kanri::ui
