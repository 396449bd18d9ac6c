#pragma once

#include "commands/command.h"
#include "domain/logexport.h"
#include "exports/exportdownload.h"

namespace kanri::ui {

// What the log export commands look at to enable themselves.
struct LogExportSelection : CommandContext
{
    const domain::LogExport *selected = nullptr;
    const exports::ExportDownload *download = nullptr; // of the selected export, if any
};

// One user action on log exports; each subclass says why it is not available (refusal()).
class LogExportCommand : public SelectionCommand<LogExportSelection>
{
    Q_OBJECT
protected:
    using SelectionCommand::SelectionCommand;
    // The reasons every command shares, in order: offline, not the contract administrator.
    static Why commonRefusal(const LogExportSelection &selection);
};

class RequestExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit RequestExportCommand(QObject *parent);

protected:
    Why refusal(const LogExportSelection &selection) const override;
};

class CancelExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit CancelExportCommand(QObject *parent);

protected:
    Why refusal(const LogExportSelection &selection) const override;
};

class DownloadExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit DownloadExportCommand(QObject *parent);

protected:
    Why refusal(const LogExportSelection &selection) const override;
};

// Pauses a running download, resumes a paused or interrupted one (text follows).
class PauseResumeCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit PauseResumeCommand(QObject *parent);
    bool resumes() const { return m_resumes; }
    // Follows the selected download: Resume for one that stopped, Pause otherwise.
    void update(const LogExportSelection &selection) override;

protected:
    Why refusal(const LogExportSelection &selection) const override;

private:
    bool m_resumes = false;
};

class ShowInFolderCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit ShowInFolderCommand(QObject *parent);

protected:
    Why refusal(const LogExportSelection &selection) const override;
};

} // namespace kanri::ui
