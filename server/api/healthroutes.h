#pragma once

#include "http/router.h"

namespace kanri::server {

class Database;

// GET /health: public, no authentication; what load balancers and the console probe.
void addHealthRoutes(Router &router, const Database &database);

} // namespace kanri::server
