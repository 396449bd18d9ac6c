#pragma once

#include "domain/auth.h"
#include "domain/role.h"

#include <QList>

namespace kanri::server::rbac {

// The role catalogue of the service (KUMIKI's five roles). The console reads it from
// GET /roles; the service's checks read it from here.
const QList<domain::Role> &catalogue();
const domain::Role *findRole(QStringView id);

inline constexpr QLatin1StringView kContractAdmin("contract_admin");
inline constexpr QLatin1StringView kAdmin("admin");
inline constexpr QLatin1StringView kGeneral("general");
inline constexpr QLatin1StringView kGuest("guest");
inline constexpr QLatin1StringView kDroneOperator("drone_operator");

} // namespace kanri::server::rbac
