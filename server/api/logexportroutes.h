#pragma once

namespace kanri::server {

class Api;

// /log-exports/quote, /log-exports, /log-exports/{id}, /log-exports/{id}/cancel,
// /log-exports/{id}/manifest, /log-exports/{id}/file: paid exports of the access and
// operation logs (seed §3.3.1/§3.3.2). The files are made by exports::ExportJob.
void addLogExportRoutes(Api &api);

} // namespace kanri::server
