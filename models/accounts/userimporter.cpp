#include "accounts/userimporter.h"

#include "api/apiclient.h"

#include <QCoreApplication>

namespace kanri::accounts {

UserImporter::UserImporter(api::ApiClient &client, ImportPlan plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_results(m_plan.rows.size())
{
}

qsizetype UserImporter::doneRows() const
{
    return std::count_if(m_results.cbegin(), m_results.cend(), [](const RowResult &r) { return r.outcome != Outcome::Pending; });
}

QByteArray UserImporter::key(qsizetype index, const QByteArray &part) const
{
    return "import-" + m_plan.fileId + '-' + QByteArray::number(m_plan.rows.at(index).line) + '-' + part;
}

void UserImporter::start()
{
    if (m_running || !m_plan.canImport())
        return;
    m_running = true;
    m_cancel = false;
    next();
}

void UserImporter::cancel()
{
    m_cancel = true;
}

void UserImporter::next()
{
    const auto pending = std::find_if(m_results.cbegin(), m_results.cend(), [](const RowResult &r) { return r.outcome == Outcome::Pending; });
    if (pending == m_results.cend() || m_cancel) {
        m_running = false;
        if (pending == m_results.cend())
            Q_EMIT finished(std::count_if(m_results.cbegin(), m_results.cend(), [](const RowResult &r) { return r.outcome == Outcome::Failed; }));
        return;
    }
    createUser(pending - m_results.cbegin());
}

void UserImporter::createUser(qsizetype index)
{
    m_current = index;
    auto *request = m_client.post<domain::User>(QStringLiteral("/users"), m_plan.rows.at(index).user.toJson(), key(index, "user"));
    connect(request, &api::ApiRequest::finished, this, [this, request, index] {
        if (request->error()) {
            rowDone(index, request->error());
            return;
        }
        assignRole(index, request->result().id, request->result().etag, 0);
    });
}

void UserImporter::assignRole(qsizetype index, const QString &userId, const QString &etag, qsizetype role)
{
    const ImportRow &row = m_plan.rows.at(index);
    if (role >= row.roles.size()) {
        if (row.disabled)
            disable(index, userId, etag);
        else
            rowDone(index, std::nullopt);
        return;
    }
    const ImportRole &r = row.roles.at(role);
    const domain::RoleAssignmentCreate create{userId, r.roleId, r.scope, r.operations};
    auto *request = m_client.post<domain::RoleAssignment>(QStringLiteral("/role-assignments"), create.toJson(),
                                                          key(index, "role-" + QByteArray::number(role)));
    connect(request, &api::ApiRequest::finished, this, [this, request, index, userId, etag, role] {
        if (request->error())
            rowDone(index, request->error());
        else
            assignRole(index, userId, etag, role + 1);
    });
}

void UserImporter::disable(qsizetype index, const QString &userId, const QString &etag)
{
    domain::UserUpdate update;
    update.status = domain::UserStatus::Disabled;
    auto *request = m_client.patch<domain::User>(QStringLiteral("/users/") + userId, update.toJson(), etag.toUtf8());
    connect(request, &api::ApiRequest::finished, this, [this, request, index] {
        // A stale tag here means the row was sent before: the account changed since its creation.
        const bool sentBefore = request->error() && request->error()->kind == api::ApiError::Kind::PreconditionFailed;
        rowDone(index, sentBefore ? std::nullopt : request->error());
    });
}

bool UserImporter::stopOn(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout || error.kind == Kind::Server
           || error.kind == Kind::Tls || error.kind == Kind::Unauthenticated || error.kind == Kind::RateLimited
           || error.kind == Kind::Cancelled;
}

void UserImporter::rowDone(qsizetype index, const std::optional<api::ApiError> &error)
{
    if (error && stopOn(*error)) {
        m_running = false;
        Q_EMIT interrupted(*error);
        return;
    }
    m_results[index] = RowResult{error ? Outcome::Failed : Outcome::Created, error ? error->message() : QString()};
    Q_EMIT rowFinished(index);
    Q_EMIT progress(doneRows(), m_results.size());
    next();
}

QByteArray UserImporter::reportCsv() const
{
    QByteArray out = CsvWriter::bom();
    CsvWriter writer(out);
    writer.writeRecord({QStringLiteral("line"), QStringLiteral("login"), QStringLiteral("outcome"), QStringLiteral("reason")});
    for (qsizetype i = 0; i < m_results.size(); ++i) {
        const RowResult &r = m_results.at(i);
        const QString outcome = r.outcome == Outcome::Created  ? QCoreApplication::translate("UserImporter", "created")
                                : r.outcome == Outcome::Failed ? QCoreApplication::translate("UserImporter", "failed")
                                                               : QCoreApplication::translate("UserImporter", "not sent");
        writer.writeRecord({QString::number(m_plan.rows.at(i).line), m_plan.rows.at(i).user.login, outcome, r.reason});
    }
    return out;
}

} // namespace kanri::accounts
