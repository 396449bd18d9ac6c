#pragma once

namespace kanri::server {

class Api;

// GET /roles: the role catalogue.
void addRoleRoutes(Api &api);

} // namespace kanri::server
