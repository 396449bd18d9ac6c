#pragma once

namespace kanri::server {

class Api;

// /labels, /labels/{id}, /label-assignments, /label-assignments/{id}: classification labels
// (tenant-wide) and where they are put (folders and projects).
void addLabelRoutes(Api &api);

} // namespace kanri::server
