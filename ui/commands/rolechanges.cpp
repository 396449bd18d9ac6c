#include "commands/rolechanges.h"

#include "api/apiclient.h"
#include "commands/requestbatch.h"
#include "pages/undooffer.h"

#include <QCoreApplication>

#include <memory>

namespace kanri::ui {

void offerToTakeBack(UndoOffer &undo, api::ApiClient &client,
                     const QList<domain::RoleAssignment> &given, ChangeReport report)
{
    if (given.isEmpty())
        return;
    const int n = int(given.size());
    undo.offer(QCoreApplication::translate("kanri::ui::RoleChanges",
                                           "Take the %n role assignment(s) away again", nullptr, n),
               [&undo, &client, given, report] {
                   QList<api::ApiRequest *> requests;
                   for (const domain::RoleAssignment &a : given)
                       requests << client.remove(QStringLiteral("/role-assignments/") + a.id,
                                                 a.etag.toUtf8());
                   auto revoked = std::make_shared<QList<domain::RoleAssignment>>();
                   whenAllAnswered(
                       requests, &undo,
                       [given, revoked](qsizetype i, const api::ApiRequest &request) {
                           if (!request.error())
                               *revoked << given.at(i);
                       },
                       [&undo, &client, revoked, report](int succeeded, const QString &firstError) {
                           report(withFirstRefusal(QCoreApplication::translate(
                                                  "kanri::ui::RoleChanges",
                                                  "%n role assignment(s) taken away again.",
                                                  nullptr, succeeded),
                                              firstError),
                                  !firstError.isEmpty());
                           offerToGiveBack(undo, client, *revoked, report);
                       });
               });
}

void offerToGiveBack(UndoOffer &undo, api::ApiClient &client,
                     const QList<domain::RoleAssignment> &revoked, ChangeReport report)
{
    if (revoked.isEmpty())
        return;
    const int n = int(revoked.size());
    undo.offer(
        QCoreApplication::translate("kanri::ui::RoleChanges", "Give the %n role assignment(s) back",
                                    nullptr, n),
        [&undo, &client, revoked, report] {
            QList<api::TypedRequest<domain::RoleAssignment> *> creates;
            for (const domain::RoleAssignment &a : revoked) {
                domain::RoleAssignmentCreate create{a.userId, a.roleId, a.scope, {}};
                if (!a.operations.isEmpty())
                    create.operations = a.operations;
                creates << client.post<domain::RoleAssignment>(QStringLiteral("/role-assignments"),
                                                               create.toJson(),
                                                               api::ApiClient::newIdempotencyKey());
            }
            auto given = std::make_shared<QList<domain::RoleAssignment>>();
            whenAllAnswered(
                {creates.cbegin(), creates.cend()}, &undo,
                [creates, given](qsizetype i, const api::ApiRequest &request) {
                    if (!request.error())
                        *given << creates.at(i)->result();
                },
                [&undo, &client, given, report](int succeeded, const QString &firstError) {
                    report(withFirstRefusal(QCoreApplication::translate(
                                           "kanri::ui::RoleChanges",
                                           "%n role assignment(s) given back.", nullptr, succeeded),
                                       firstError),
                           !firstError.isEmpty());
                    offerToTakeBack(undo, client, *given, report);
                });
        });
}

} // namespace kanri::ui
