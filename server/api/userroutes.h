#pragma once

namespace kanri::server {

class Api;

// /users, /users/{id}, /users/{id}/reset-password, /users/{id}/reset-mfa, /users/{id}/unlock.
void addUserRoutes(Api &api);

} // namespace kanri::server
