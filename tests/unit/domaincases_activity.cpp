// Fixtures for usage.h, notice.h, logexport.h and the list pages.
#include "domaincases.h"

namespace kanri::domain::test {

namespace {
QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

const QString kSha = QStringLiteral(
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");

QList<DomainCase> usageCases()
{
    const UsageBucket bucket1{QDate(2026, 11, 2), 11, 22, 33, 44, 55};
    const QByteArray bucket1Json = R"({"start":"2026-11-02","logins":11,"uploads":22,
        "downloads":33,"projects_total":44,"files_total":55})";
    const UsageBucket bucket2{QDate(2026, 11, 9), 12, 23, 34, 45, 56};
    const QByteArray bucket2Json = R"({"start":"2026-11-09","logins":12,"uploads":23,
        "downloads":34,"projects_total":45,"files_total":56})";
    const UsageBucket bucketMin{QDate(2026, 1, 1), 0, 0, 0, 0, 0};
    const QByteArray bucketMinJson = R"({"start":"2026-01-01","logins":0,"uploads":0,
        "downloads":0,"projects_total":0,"files_total":0})";
    const UsageTotals totals{101, 202, 303, 404, 505};
    const QByteArray totalsJson = R"({"logins":101,"uploads":202,"downloads":303,
        "projects_total":404,"files_total":505})";
    const UsageTotals totalsMin{0, 0, 0, 9007199254740991, 1};
    const QByteArray totalsMinJson = R"({"logins":0,"uploads":0,"downloads":0,
        "projects_total":9007199254740991,"files_total":1})";
    const UsageSeries series{QStringLiteral("Asia/Tokyo"), Granularity::Week,
                             QDate(2026, 11, 2),           QDate(2026, 11, 15),
                             {bucket1, bucket2},           totals};
    const UsageSeries seriesMin{QStringLiteral("UTC"), Granularity::Day, QDate(2026, 1, 1),
                                QDate(2026, 1, 1),     {},               totalsMin};
    const UsageTopEntry top{
        QStringLiteral("u-1"), QStringLiteral("田中 太郎"), UsageTopKind::User, 3, 4, 5};
    const UsageTopEntry topMin{QStringLiteral("p-1"), QString(), UsageTopKind::Project, 0, 0, 0};
    const QStringList counters = keys({"logins", "uploads", "downloads", "projects_total",
                                       "files_total"});
    return {
        responseCase<UsageBucket>("UsageBucket",
                                  {bucket1, bucket1Json, bucketMin, bucketMinJson,
                                   QStringList{QStringLiteral("start")} + counters}),
        responseCase<UsageTotals>("UsageTotals",
                                  {totals, totalsJson, totalsMin, totalsMinJson, counters}),
        responseCase<UsageSeries>(
            "UsageSeries",
            {.full = series,
             .fullJson = R"({"time_zone":"Asia/Tokyo","granularity":"week","from":"2026-11-02",
                "to":"2026-11-15","buckets":[)" + bucket1Json + "," + bucket2Json
                         + R"(],"totals":)" + totalsJson + "}",
             .minimal = seriesMin,
             .minimalJson = R"({"time_zone":"UTC","granularity":"day","from":"2026-01-01",
                "to":"2026-01-01","buckets":[],"totals":)" + totalsMinJson + "}",
             .required = keys({"time_zone", "granularity", "from", "to", "buckets", "totals",
                               "buckets/1/start", "totals/files_total"}),
             .enums = keys({"granularity"})}),
        responseCase<UsageTopEntry>(
            "UsageTopEntry",
            {.full = top,
             .fullJson = R"({"id":"u-1","name":"田中 太郎","kind":"user","uploads":3,
                "downloads":4,"logins":5})",
             .minimal = topMin,
             .minimalJson = R"({"id":"p-1","name":"","kind":"project","uploads":0,
                "downloads":0,"logins":0})",
             .required = keys({"id", "name", "kind", "uploads", "downloads", "logins"}),
             .enums = keys({"kind"})}),
    };
}

DomainCase noticeCase()
{
    const Notice full{QStringLiteral("n-1"),
                      NoticeKind::Incident,
                      QStringLiteral("アップロードの遅延"),
                      QStringLiteral("Uploads are slow.\nWe are on it."),
                      utc(2026, 11, 24, 1, 0, 0),
                      utc(2026, 11, 24, 0, 30, 0),
                      utc(2026, 11, 24, 3, 0, 0),
                      IncidentStatus::Monitoring,
                      true,
                      utc(2026, 11, 24, 2, 0, 0),
                      QStringLiteral("e-n1-4")};
    const Notice minimal{QStringLiteral("n-2"), NoticeKind::Info,
                         QStringLiteral("Welcome"), QString(),
                         utc(2026, 1, 1, 0, 0, 0), std::nullopt,
                         std::nullopt,           std::nullopt,
                         false,                  utc(2026, 1, 1, 0, 0, 0),
                         QStringLiteral("e-n2-1")};
    return responseCase<Notice>(
        "Notice",
        {.full = full,
         .fullJson = R"({"id":"n-1","kind":"incident","title":"アップロードの遅延",
            "body":"Uploads are slow.\nWe are on it.","published_at":"2026-11-24T01:00:00Z",
            "starts_at":"2026-11-24T00:30:00Z","ends_at":"2026-11-24T03:00:00Z",
            "incident_status":"monitoring","read":true,"updated_at":"2026-11-24T02:00:00Z",
            "etag":"e-n1-4"})",
         .minimal = minimal,
         .minimalJson = R"({"id":"n-2","kind":"info","title":"Welcome","body":"",
            "published_at":"2026-01-01T00:00:00Z","starts_at":null,"ends_at":null,
            "incident_status":null,"read":false,"updated_at":"2026-01-01T00:00:00Z",
            "etag":"e-n2-1"})",
         .required = keys({"id", "kind", "title", "body", "published_at", "read", "updated_at",
                           "etag"}),
         .enums = keys({"kind", "incident_status"})});
}

const LogExportFilters kFilters{QStringLiteral("u-1"), QStringLiteral("/projects/p-1/"),
                                QStringLiteral("download")};
const QByteArray kFiltersJson =
    R"({"user_id":"u-1","path_prefix":"/projects/p-1/","action":"download"})";

QList<DomainCase> logExportCases()
{
    const QDateTime from = utc(2026, 10, 1, 0, 0, 0);
    const QDateTime to = utc(2026, 11, 1, 0, 0, 0);
    const QByteArray range = R"("from":"2026-10-01T00:00:00Z","to":"2026-11-01T00:00:00Z")";
    const LogExportQuoteRequest quoteRequest{LogType::Access, from, to, LogFormat::Combined,
                                             kFilters, true};
    const LogExportQuoteRequest quoteRequestMin{LogType::Operation, from, to, LogFormat::Csv,
                                                std::nullopt, std::nullopt};
    const LogExportQuote quote{QStringLiteral("q-1"), LogType::Operation, from, to,
                               LogFormat::Jsonl, kFilters, true, 1234567, 45678901, 6482,
                               Currency::Jpy, utc(2026, 11, 24, 5, 0, 0)};
    const LogExportQuote quoteMin{QStringLiteral("q-2"), LogType::Access, from, to,
                                  LogFormat::Csv, {}, false, 0, 0, 0,
                                  Currency::Jpy, utc(2026, 11, 24, 5, 0, 0)};
    const LogExportCreate create{QStringLiteral("q-1"), LogType::Access, from, to,
                                 LogFormat::Combined, kFilters, false};
    const LogExportCreate createMin{QStringLiteral("q-2"), LogType::Operation, from, to,
                                    LogFormat::Jsonl, std::nullopt, std::nullopt};
    LogExport exp{QStringLiteral("x-1"), LogType::Access, from, to, LogFormat::Combined,
                  kFilters, true, LogExportState::Ready, QStringLiteral("approved by policy"),
                  6482, Currency::Jpy, 1234567, QStringLiteral("u-1"),
                  utc(2026, 11, 24, 4, 0, 0), utc(2026, 11, 24, 4, 30, 0),
                  utc(2026, 11, 24, 4, 20, 0), utc(2026, 12, 1, 4, 20, 0), 1234000, 45600000,
                  kSha, QStringLiteral("e-x1-5")};
    LogExport expMin{QStringLiteral("x-2"), LogType::Operation, from, to, LogFormat::Csv, {},
                     false, LogExportState::Requested, std::nullopt, 0, Currency::Jpy, 0,
                     QStringLiteral("u-2"), utc(2026, 11, 24, 4, 0, 0),
                     utc(2026, 11, 24, 4, 0, 0), std::nullopt, std::nullopt, std::nullopt,
                     std::nullopt, std::nullopt, QStringLiteral("e-x2-1")};
    const LogExportManifest manifest{QStringLiteral("t-1"),
                                     QStringLiteral("株式会社サンプル"),
                                     LogType::Access,
                                     from,
                                     to,
                                     kFilters,
                                     LogFormat::Combined,
                                     true,
                                     Compression::Gzip,
                                     1234000,
                                     45600000,
                                     kSha,
                                     utc(2026, 11, 24, 4, 20, 0)};
    const LogExportManifest manifestMin{QStringLiteral("t-2"), QStringLiteral("E"),
                                        LogType::Operation, from, to, {}, LogFormat::Csv,
                                        false, Compression::Gzip, 0, 0, kSha,
                                        utc(2026, 11, 24, 4, 20, 0)};
    const QStringList selection = keys({"log_type", "from", "to", "format"});
    return {
        responseCase<LogExportFilters>("LogExportFilters", {.full = kFilters,
                                                            .fullJson = kFiltersJson,
                                                            .minimal = LogExportFilters{},
                                                            .minimalJson = "{}"}),
        requestCase<LogExportQuoteRequest>(
            "LogExportQuoteRequest",
            {.full = quoteRequest,
             .fullJson = R"({"log_type":"access",)" + range + R"(,"format":"combined",
                "filters":)" + kFiltersJson + R"(,"csv_bom":true})",
             .minimal = quoteRequestMin,
             .minimalJson = R"({"log_type":"operation",)" + range + R"(,"format":"csv"})",
             .required = selection,
             .enums = keys({"log_type", "format"})}),
        responseCase<LogExportQuote>(
            "LogExportQuote",
            {.full = quote,
             .fullJson = R"({"quote_id":"q-1","log_type":"operation",)" + range
                         + R"(,"format":"jsonl","filters":)" + kFiltersJson
                         + R"(,"csv_bom":true,"rows_estimate":1234567,"size_estimate":45678901,
                "price":6482,"currency":"JPY","valid_until":"2026-11-24T05:00:00Z"})",
             .minimal = quoteMin,
             .minimalJson = R"({"quote_id":"q-2","log_type":"access",)" + range
                            + R"(,"format":"csv","filters":{},"csv_bom":false,"rows_estimate":0,
                "size_estimate":0,"price":0,"currency":"JPY",
                "valid_until":"2026-11-24T05:00:00Z"})",
             .required = keys({"quote_id", "filters", "csv_bom", "rows_estimate",
                               "size_estimate", "price", "currency", "valid_until"})
                         + selection,
             .enums = keys({"log_type", "format", "currency"})}),
        requestCase<LogExportCreate>(
            "LogExportCreate",
            {.full = create,
             .fullJson = R"({"quote_id":"q-1","log_type":"access",)" + range
                         + R"(,"format":"combined","filters":)" + kFiltersJson
                         + R"(,"csv_bom":false})",
             .minimal = createMin,
             .minimalJson = R"({"quote_id":"q-2","log_type":"operation",)" + range
                            + R"(,"format":"jsonl"})",
             .required = keys({"quote_id"}) + selection,
             .enums = keys({"log_type", "format"})}),
        responseCase<LogExport>(
            "LogExport",
            {.full = exp,
             .fullJson = R"({"id":"x-1","log_type":"access",)" + range
                         + R"(,"format":"combined","filters":)" + kFiltersJson
                         + R"(,"csv_bom":true,"state":"ready","reason":"approved by policy",
                "price":6482,"currency":"JPY","rows_estimate":1234567,"requested_by":"u-1",
                "requested_at":"2026-11-24T04:00:00Z","updated_at":"2026-11-24T04:30:00Z",
                "ready_at":"2026-11-24T04:20:00Z","expires_at":"2026-12-01T04:20:00Z",
                "row_count":1234000,"size":45600000,
                "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "etag":"e-x1-5"})",
             .minimal = expMin,
             .minimalJson = R"({"id":"x-2","log_type":"operation",)" + range
                            + R"(,"format":"csv","filters":{},"csv_bom":false,
                "state":"requested","reason":null,"price":0,"currency":"JPY","rows_estimate":0,
                "requested_by":"u-2","requested_at":"2026-11-24T04:00:00Z",
                "updated_at":"2026-11-24T04:00:00Z","ready_at":null,"expires_at":null,
                "row_count":null,"size":null,"sha256":null,"etag":"e-x2-1"})",
             .required = keys({"id", "filters", "csv_bom", "state", "price", "currency",
                               "rows_estimate", "requested_by", "requested_at", "updated_at",
                               "etag"})
                         + selection,
             .enums = keys({"log_type", "format", "state", "currency"})}),
        responseCase<LogExportManifest>(
            "LogExportManifest",
            {.full = manifest,
             .fullJson = R"({"tenant_id":"t-1","tenant_name":"株式会社サンプル",
                "log_type":"access",)" + range + R"(,"filters":)" + kFiltersJson
                         + R"(,"format":"combined","csv_bom":true,"compression":"gzip",
                "row_count":1234000,"size":45600000,
                "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "generated_at":"2026-11-24T04:20:00Z"})",
             .minimal = manifestMin,
             .minimalJson = R"({"tenant_id":"t-2","tenant_name":"E","log_type":"operation",)"
                            + range + R"(,"filters":{},"format":"csv","csv_bom":false,
                "compression":"gzip","row_count":0,"size":0,
                "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "generated_at":"2026-11-24T04:20:00Z"})",
             .required = keys({"tenant_id", "tenant_name", "filters", "csv_bom", "compression",
                               "row_count", "size", "sha256", "generated_at"})
                         + selection,
             .enums = keys({"log_type", "format", "compression"})}),
    };
}

QList<DomainCase> pageCases()
{
    Page<User> users;
    users.items = {fullUser(), minimalUser()};
    users.nextCursor = QStringLiteral("c-2");
    users.tombstones = {{QStringLiteral("u-9"), utc(2026, 11, 24, 4, 29, 12)},
                        {QStringLiteral("u-8"), utc(2026, 11, 24, 4, 29, 13, 1)}};
    users.watermark = QStringLiteral("1234");
    Page<RoleAssignment> assignments;
    assignments.items = {fullRoleAssignment(), minimalRoleAssignment()};
    assignments.watermark = QStringLiteral("0");
    Page<RoleAssignment> assignmentsMin;
    assignmentsMin.items = {minimalRoleAssignment()};
    assignmentsMin.nextCursor = QStringLiteral("c-1");
    return {
        responseCase<Page<User>>(
            "Page<User>",
            {.full = users,
             .fullJson = R"({"items":[)" + fullUserJson() + "," + minimalUserJson()
                         + R"(],"next_cursor":"c-2","tombstones":[
                {"id":"u-9","deleted_at":"2026-11-24T04:29:12Z"},
                {"id":"u-8","deleted_at":"2026-11-24T04:29:13.001Z"}],"watermark":"1234"})",
             .minimal = Page<User>{},
             .minimalJson = R"({"items":[],"next_cursor":null})",
             .required = keys({"items", "tombstones", "items/1/id", "items/0/etag",
                               "tombstones/1/deleted_at"}),
             .enums = keys({"items/0/status", "items/1/status"})}),
        responseCase<Page<RoleAssignment>>(
            "Page<RoleAssignment>",
            {.full = assignments,
             .fullJson = R"({"items":[)" + fullRoleAssignmentJson() + ","
                         + minimalRoleAssignmentJson()
                         + R"(],"next_cursor":null,"tombstones":[],"watermark":"0"})",
             .minimal = assignmentsMin,
             .minimalJson = R"({"items":[)" + minimalRoleAssignmentJson()
                            + R"(],"next_cursor":"c-1"})",
             .required = keys({"items", "tombstones", "items/0/scope/type"}),
             .enums = keys({"items/0/operations/1", "items/1/scope/type"})}),
        responseCase<Page<UsageTopEntry>>(
            "Page<UsageTopEntry>",
            {.full = {{{QStringLiteral("f-1"), QStringLiteral("設計図"), UsageTopKind::Folder, 9,
                        8, 7}},
                      std::nullopt,
                      {},
                      std::nullopt},
             .fullJson = R"({"items":[{"id":"f-1","name":"設計図","kind":"folder","uploads":9,
                "downloads":8,"logins":7}],"next_cursor":null})",
             .minimal = Page<UsageTopEntry>{},
             .minimalJson = R"({"items":[],"next_cursor":null})",
             .required = keys({"items", "items/0/kind"}),
             .enums = keys({"items/0/kind"})}),
    };
}

} // namespace

QList<DomainCase> activityCases()
{
    return usageCases() + QList<DomainCase>{noticeCase()} + logExportCases() + pageCases();
}

} // namespace kanri::domain::test
