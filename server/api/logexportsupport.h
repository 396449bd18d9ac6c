#pragma once

// Shared by the log export routes (logexportroutes.cpp, logexportorders.cpp).

#include "core/api.h"
#include "exports/exportstore.h"

namespace kanri::server {

// The tenant's log export terms (seed §3.3.1/§3.3.2: a paid option).
struct ExportTerms
{
    bool purchased = false;
    bool autoApprove = false;
    int retentionDays = 90;
    QByteArray timeZone;
    qint64 priceBase = 0;
    qint64 pricePerMillion = 0;
};
std::optional<ExportTerms> loadExportTerms(QSqlDatabase db, qint64 tenantPk);

Response optionNotPurchased();
exports::Actor actorOf(const Call &call);

// POST /log-exports/quote and POST /log-exports.
Response quoteLogExport(Call &call);
Response createLogExport(Call &call);

} // namespace kanri::server
