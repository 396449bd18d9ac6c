#pragma once

#include "domain/logexport.h"
#include "exports/exportdownload.h"

#include <QAction>

#include <optional>

namespace kanri::ui {

// What the log export commands look at to enable themselves.
struct LogExportSelection
{
    const domain::LogExport *selected = nullptr;
    const exports::ExportDownload *download = nullptr; // of the selected export, if any
    bool online = true;
    bool contractAdmin = false;
};

// One user action on log exports (Kleopatra's commands): it knows what it needs, enables
// itself for a selection, and says in its tooltip why it is not available.
class LogExportCommand : public QAction
{
    Q_OBJECT
public:
    void update(const LogExportSelection &selection);

protected:
    LogExportCommand(const QString &text, const QString &description, QObject *parent);
    // Why the action is not available for `selection`; nullopt when it is.
    virtual std::optional<QString> refusal(const LogExportSelection &selection) const = 0;
    // Adjusts the text to the selection (before refusal() is asked).
    virtual void adapt(const LogExportSelection &selection) { Q_UNUSED(selection); }
    // The reasons every command shares, in order: offline, not the contract administrator.
    static std::optional<QString> commonRefusal(const LogExportSelection &selection);

private:
    QString m_description;
};

class RequestExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit RequestExportCommand(QObject *parent);

protected:
    std::optional<QString> refusal(const LogExportSelection &selection) const override;
};

class CancelExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit CancelExportCommand(QObject *parent);

protected:
    std::optional<QString> refusal(const LogExportSelection &selection) const override;
};

class DownloadExportCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit DownloadExportCommand(QObject *parent);

protected:
    std::optional<QString> refusal(const LogExportSelection &selection) const override;
};

// Pauses a running download, resumes a paused or interrupted one (text follows).
class PauseResumeCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit PauseResumeCommand(QObject *parent);
    bool resumes() const { return m_resumes; }

protected:
    void adapt(const LogExportSelection &selection) override;
    std::optional<QString> refusal(const LogExportSelection &selection) const override;

private:
    bool m_resumes = false;
};

class ShowInFolderCommand : public LogExportCommand
{
    Q_OBJECT
public:
    explicit ShowInFolderCommand(QObject *parent);

protected:
    std::optional<QString> refusal(const LogExportSelection &selection) const override;
};

} // namespace kanri::ui
