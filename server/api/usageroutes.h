#pragma once

namespace kanri::server {

class Api;

// /usage and /usage/top: the dashboard figures (seed §3.3.3) over days of the tenant's time
// zone, counted from the usage events and the project and file rows.
void addUsageRoutes(Api &api);

} // namespace kanri::server
