#pragma once

namespace kanri::server {

class Api;

// Who holds which role on which scope: GET/POST /role-assignments,
// GET/PATCH/DELETE /role-assignments/{id}.
void addAssignmentRoutes(Api &api);

} // namespace kanri::server
