#pragma once

namespace kanri::server {

class Api;

// /auth/login, /auth/refresh, /auth/logout, /auth/me, /auth/totp/enroll, /auth/totp/confirm.
void addAuthRoutes(Api &api);

} // namespace kanri::server
