#pragma once

#include "domain/domain.h"
#include "pages/undooffer.h"

#include <QList>

namespace kanri::api {
class ApiClient;
}

namespace kanri::ui {

// After `given` were given (assigned): offers on `undo` to take them away again. Once taken
// away, it offers to give them back, and so on; each step is reported to `report`.
void offerToTakeBack(UndoOffer &undo, api::ApiClient &client,
                     const QList<domain::RoleAssignment> &given, ChangeReport report);

// After `revoked` were taken away: offers on `undo` to give them back (the same users, roles,
// scopes and operations; new assignments), then to take them away again, and so on.
void offerToGiveBack(UndoOffer &undo, api::ApiClient &client,
                     const QList<domain::RoleAssignment> &revoked, ChangeReport report);

} // namespace kanri::ui
