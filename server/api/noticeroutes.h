#pragma once

namespace kanri::server {

class Api;

// /notices, /notices/{id}, /notices/{id}/read: the service's notices (maintenance, incidents,
// changes) and each caller's own read state. Open to every signed-in caller.
void addNoticeRoutes(Api &api);

} // namespace kanri::server
