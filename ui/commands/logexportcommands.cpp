#include "commands/logexportcommands.h"

namespace kanri::ui {

namespace {

using State = exports::ExportDownload::State;

bool isTransferring(const exports::ExportDownload *download)
{
    return download &&
           (download->state() == State::Downloading || download->state() == State::Verifying);
}

} // namespace

Command::Why LogExportCommand::commonRefusal(const LogExportSelection &selection)
{
    return contractAdminOnly(
        selection, tr("Only the contract administrator can order, cancel and download log exports."));
}

RequestExportCommand::RequestExportCommand(QObject *parent)
    : LogExportCommand(parent, "requestExportAction", tr("&Request export…"),
                       tr("Order a paid export of the access or operation log."), {},
                       QKeySequence::New)
{
}

Command::Why RequestExportCommand::refusal(const LogExportSelection &selection) const
{
    return commonRefusal(selection);
}

CancelExportCommand::CancelExportCommand(QObject *parent)
    : LogExportCommand(parent, "cancelExportAction", tr("&Cancel export…"),
                       tr("Cancel the selected export before it is generated; it is not billed."),
                       {}, QKeySequence::Delete)
{
}

Command::Why CancelExportCommand::refusal(const LogExportSelection &selection) const
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
    : LogExportCommand(parent, "downloadExportAction", tr("&Download…"),
                       tr("Save the selected export's file; its checksum is verified."), {},
                       QKeySequence::Save)
{
}

Command::Why DownloadExportCommand::refusal(const LogExportSelection &selection) const
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
    : LogExportCommand(parent, "pauseResumeAction", tr("&Pause"),
                       tr("Pause or resume the download of the selected export."))
{
}

void PauseResumeCommand::update(const LogExportSelection &selection)
{
    const exports::ExportDownload *download = selection.download;
    m_resumes = download && (download->state() == State::Paused ||
                             (download->state() == State::Idle && download->received() > 0) ||
                             (download->state() == State::Failed && download->failure() &&
                              download->failure()->partKept));
    setText(m_resumes ? tr("&Resume") : tr("&Pause"));
    LogExportCommand::update(selection);
}

Command::Why PauseResumeCommand::refusal(const LogExportSelection &selection) const
{
    if (auto why = commonRefusal(selection))
        return why;
    const exports::ExportDownload *download = selection.download;
    if (!download || (!m_resumes && download->state() != State::Downloading))
        return tr("No download of the selected export to pause or resume.");
    return std::nullopt;
}

ShowInFolderCommand::ShowInFolderCommand(QObject *parent)
    : LogExportCommand(parent, "showInFolderAction", tr("Show in &folder"),
                       tr("Open the folder of the downloaded file."))
{
}

Command::Why ShowInFolderCommand::refusal(const LogExportSelection &selection) const
{
    if (!selection.download || selection.download->state() != State::Completed)
        return tr("The selected export has not been downloaded in this session.");
    return std::nullopt;
}

} // namespace kanri::ui
