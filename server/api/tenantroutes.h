#pragma once

namespace kanri::server {

class Api;

// GET /tenant and PATCH /tenant.
void addTenantRoutes(Api &api);

} // namespace kanri::server
