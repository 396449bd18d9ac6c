#pragma once

#include "accounts/usercsv.h"
#include "api/apierror.h"

#include <QObject>
#include <QPointer>

namespace kanri::api {
class ApiClient;
class ApiRequest;
}

namespace kanri::accounts {

// Sends a validated import plan to the service, one row after another: the user, then its
// roles (then its status). Every create carries an idempotency key made of the file's digest
// and the row, so a row sent again (after an interruption, even by another run of the console
// with the same file) is answered with its first result rather than a duplicate. A failure of
// the connection or the service stops the run: resume() continues with the first row not done.
class UserImporter : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Created, Failed };
    struct RowResult
    {
        Outcome outcome = Outcome::Pending;
        QString reason; // translated, for Failed
    };

    UserImporter(api::ApiClient &client, ImportPlan plan, QObject *parent = nullptr);

    const ImportPlan &plan() const { return m_plan; }
    const QList<RowResult> &results() const { return m_results; }
    qsizetype doneRows() const;
    bool isRunning() const { return m_running; }

    void start();      // from the first row not done
    void resume() { start(); }
    void cancel();     // after the current request

    // row, login, outcome, reason — UTF-8 with BOM.
    QByteArray reportCsv() const;

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    void rowFinished(qsizetype index);
    // Every row was tried; `failed` of them failed.
    void finished(qsizetype failed);
    // The service could not be reached: resumable.
    void interrupted(const kanri::api::ApiError &error);

private:
    void next();
    void createUser(qsizetype index);
    void assignRole(qsizetype index, const QString &userId, const QString &etag, qsizetype role);
    void disable(qsizetype index, const QString &userId, const QString &etag);
    void rowDone(qsizetype index, const std::optional<api::ApiError> &error);
    bool stopOn(const api::ApiError &error);
    QByteArray key(qsizetype index, const QByteArray &part) const;

    api::ApiClient &m_client;
    ImportPlan m_plan;
    QList<RowResult> m_results;
    qsizetype m_current = -1;
    bool m_running = false;
    bool m_cancel = false;
};

} // namespace kanri::accounts
