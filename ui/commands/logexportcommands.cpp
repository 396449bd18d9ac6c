#include "commands/logexportcommands.h"

#include "session/workspace.h"

namespace kanri::ui {

namespace {

using State = exports::ExportDownload::State;

bool isTransferring(const exports::ExportDownload *download)
{
    return download &&
           (download->state() == State::Downloading || download->state() == State::Verifying);
}

} // namespace

LogExportCommand::LogExportCommand(const QString &text, const QString &description,
                                   QObject *parent)
    : QAction(text, parent)
    , m_description(description)
{
    setToolTip(description);
}

void LogExportCommand::update(const LogExportSelection &selection)
{
    adapt(selection);
    const std::optional<QString> why = refusal(selection);
    setEnabled(!why);
    setToolTip(why ? *why : m_description);
}

std::optional<QString> LogExportCommand::commonRefusal(const LogExportSelection &selection)
{
    if (!selection.online)
        return session::Workspace::offlineReason();
    if (!selection.contractAdmin)
        return tr("Only the contract administrator can order, cancel and download log exports.");
    return std::nullopt;
}

RequestExportCommand::RequestExportCommand(QObject *parent)
    : LogExportCommand(tr("&Request export…"),
                       tr("Order a paid export of the access or operation log."), parent)
{
    setObjectName(QStringLiteral("requestExportAction"));
    setShortcut(QKeySequence::New);
}

std::optional<QString> RequestExportCommand::refusal(const LogExportSelection &selection) const
{
    return commonRefusal(selection);
}

CancelExportCommand::CancelExportCommand(QObject *parent)
    : LogExportCommand(tr("&Cancel export…"),
                       tr("Cancel the selected export before it is generated; it is not billed."),
                       parent)
{
    setObjectName(QStringLiteral("cancelExportAction"));
    setShortcut(QKeySequence::Delete);
}

std::optional<QString> CancelExportCommand::refusal(const LogExportSelection &selection) const
{
    if (auto why = commonRefusal(selection))
        return why;
    if (!selection.selected)
        return tr("Select an export to cancel.");
    const auto state = selection.selected->state;
    if (state != domain::LogExportState::Requested && state != domain::LogExportState::Approved)
        return tr("Only an export that is awaiting approval or approved can be cancelled; "
                  "generation has begun or it has ended.");
    return std::nullopt;
}

DownloadExportCommand::DownloadExportCommand(QObject *parent)
    : LogExportCommand(tr("&Download…"),
                       tr("Save the selected export's file; its checksum is verified."), parent)
{
    setObjectName(QStringLiteral("downloadExportAction"));
    setShortcut(QKeySequence::Save);
}

std::optional<QString> DownloadExportCommand::refusal(const LogExportSelection &selection) const
{
    if (auto why = commonRefusal(selection))
        return why;
    if (!selection.selected)
        return tr("Select an export to download.");
    if (selection.selected->state != domain::LogExportState::Ready)
        return tr("Only a ready export can be downloaded.");
    if (isTransferring(selection.download))
        return tr("This export is being downloaded.");
    return std::nullopt;
}

PauseResumeCommand::PauseResumeCommand(QObject *parent)
    : LogExportCommand(tr("&Pause"), tr("Pause or resume the download of the selected export."),
                       parent)
{
    setObjectName(QStringLiteral("pauseResumeAction"));
}

void PauseResumeCommand::adapt(const LogExportSelection &selection)
{
    const exports::ExportDownload *download = selection.download;
    m_resumes = download && (download->state() == State::Paused ||
                             (download->state() == State::Idle && download->received() > 0) ||
                             (download->state() == State::Failed && download->failure() &&
                              download->failure()->partKept));
    setText(m_resumes ? tr("&Resume") : tr("&Pause"));
}

std::optional<QString> PauseResumeCommand::refusal(const LogExportSelection &selection) const
{
    if (auto why = commonRefusal(selection))
        return why;
    const exports::ExportDownload *download = selection.download;
    if (!download || (!m_resumes && download->state() != State::Downloading))
        return tr("No download of the selected export to pause or resume.");
    return std::nullopt;
}

ShowInFolderCommand::ShowInFolderCommand(QObject *parent)
    : LogExportCommand(tr("Show in &folder"), tr("Open the folder of the downloaded file."), parent)
{
    setObjectName(QStringLiteral("showInFolderAction"));
}

std::optional<QString> ShowInFolderCommand::refusal(const LogExportSelection &selection) const
{
    if (!selection.download || selection.download->state() != State::Completed)
        return tr("The selected export has not been downloaded in this session.");
    return std::nullopt;
}

} // namespace kanri::ui
