#include "api/logexportroutes.h"

#include "api/logexportsupport.h"
#include "core/listing.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace kanri::server {

namespace {

using domain::LogExportState;

// Plain lists are newest first; their cursor keys count down from here (pk < 2^52).
constexpr qint64 kNewestFirst = qint64(1) << 52;

std::optional<exports::ExportRecord> findForCaller(const Call &call)
{
    return exports::findExport(call.db(), call.principal.tenantPk,
                               call.request.params.value(QStringLiteral("id")));
}

Response notReady(const exports::ExportRecord &e, const QString &what)
{
    return conflict(QStringLiteral("The export is %1; %2 only once it is ready.")
                        .arg(domain::toWire(e.object.state), what));
}

Response listExports(Call &call)
{
    auto parsed = parseListQuery(call.request, {});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    const bool delta = query.isDelta();
    bool ok = false;
    QSqlQuery q = runQuery(
        call.db(),
        exports::exportSelect() +
            (delta
                 ? QStringLiteral("WHERE e.tenant_pk = ? AND e.seq > ? ORDER BY e.seq LIMIT ?")
                 : QStringLiteral("WHERE e.tenant_pk = ? AND e.pk < ? ORDER BY e.pk DESC LIMIT ?")),
        {call.principal.tenantPk, delta ? query.start() : kNewestFirst - query.start(),
         query.limit + 1},
        &ok);
    if (!ok)
        return storageFailure();
    QList<ListRow> rows;
    while (q.next()) {
        const exports::ExportRecord r = exports::exportFromRow(q);
        rows.append(ListRow{delta ? r.seq : kNewestFirst - r.pk, r.object.id, std::nullopt,
                            r.object.toJson()});
    }
    return listPage(query, rows, call.currentSeq());
}

// If-None-Match: "*", one entity-tag or a list of them, weak or strong, quoted or bare.
bool noneMatch(const Request &request, const QString &etag)
{
    const QByteArray header = request.header("if-none-match").trimmed();
    if (header.isEmpty())
        return false;
    for (QByteArray tag : header.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"'))
            tag = tag.mid(1, tag.size() - 2);
        if (tag == "*" || tag == etag.toLatin1())
            return true;
    }
    return false;
}

Response getExport(Call &call)
{
    const auto e = findForCaller(call);
    if (!e)
        return notFound();
    if (noneMatch(call.request, e->object.etag)) {
        Response r{304, {}, {}, {}};
        r.headers.append({QByteArrayLiteral("ETag"), '"' + e->object.etag.toLatin1() + '"'});
        return r;
    }
    return jsonWithEtag(e->object.toJson(), e->object.etag);
}

Response cancelExport(Call &call)
{
    const auto e = findForCaller(call);
    if (!e)
        return notFound();
    if (!call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator may cancel a log export."));
    // Once generation has begun the work is done (and billed): no cancelling from there on.
    if (!exports::changeState(call.db(), *e, {LogExportState::Requested, LogExportState::Approved},
                              LogExportState::Cancelled, actorOf(call)))
        return conflict(
            QStringLiteral(
                "The export is %1; only a requested or approved export can be cancelled.")
                .arg(domain::toWire(e->object.state)));
    return Response::noContent();
}

Response getManifest(Call &call)
{
    const auto e = findForCaller(call);
    if (!e)
        return notFound();
    if (e->object.state != LogExportState::Ready)
        return notReady(*e, QStringLiteral("it has a manifest"));
    return Response{200, QByteArrayLiteral("application/json"), e->manifest, {}};
}

enum class RangeKind
{
    Whole,
    Partial,
    Unsatisfiable
};

// One byte range of a file of `size` bytes (RFC 9110 §14): "bytes=S-", "bytes=S-E" or the
// suffix "bytes=-N". Several ranges, or a header that does not parse, mean the whole file.
RangeKind parseRange(const QByteArray &header, qint64 size, qint64 *start, qint64 *end)
{
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes="))
        return RangeKind::Whole;
    const QByteArray spec = h.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (spec.contains(',') || dash < 0)
        return RangeKind::Whole;
    const QByteArray first = spec.left(dash).trimmed();
    const QByteArray last = spec.mid(dash + 1).trimmed();
    const auto number = [](const QByteArray &digits, qint64 *value) {
        if (digits.isEmpty() || digits.size() > 18 ||
            !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        *value = digits.toLongLong();
        return true;
    };
    qint64 a = 0;
    qint64 b = 0;
    if (first.isEmpty()) {
        if (!number(last, &b))
            return RangeKind::Whole;
        if (b == 0 || size == 0)
            return RangeKind::Unsatisfiable;
        *start = std::max<qint64>(0, size - b);
        *end = size - 1;
        return RangeKind::Partial;
    }
    if (!number(first, &a) || (!last.isEmpty() && (!number(last, &b) || b < a)))
        return RangeKind::Whole;
    if (a >= size)
        return RangeKind::Unsatisfiable;
    *start = a;
    *end = last.isEmpty() ? size - 1 : std::min(b, size - 1);
    return RangeKind::Partial;
}

Response downloadFile(Call &call)
{
    const auto e = findForCaller(call);
    if (!e)
        return notFound();
    if (!call.principal.isContractAdmin())
        return forbidden(
            QStringLiteral("Only the contract administrator may download log exports."));
    if (e->object.state != LogExportState::Ready)
        return notReady(*e, QStringLiteral("its file can be downloaded"));
    const QString path = QDir(exports::exportsDirectory(call.db())).filePath(e->fileName);
    const QFileInfo info(path);
    if (e->fileName.isEmpty() || !info.isFile())
        return Response::problem(500, u"internal", QStringLiteral("File missing"),
                                 QStringLiteral("The export's file is missing on the service."));
    const qint64 size = info.size();
    const QByteArray etag = '"' + e->object.sha256.value_or(QString()).toLatin1() + '"';

    qint64 start = 0;
    qint64 end = size - 1;
    const RangeKind kind = parseRange(call.request.header("range"), size, &start, &end);
    if (kind == RangeKind::Unsatisfiable) {
        Response r = Response::problem(
            416, u"validation", QStringLiteral("Range not satisfiable"),
            QStringLiteral("The range starts at or past the end of the %1-byte file.").arg(size));
        r.headers.append(
            {QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size)});
        return r;
    }
    Response r{
        kind == RangeKind::Partial ? 206 : 200, QByteArrayLiteral("application/gzip"), {}, {}};
    r.headers.append({QByteArrayLiteral("ETag"), etag});
    r.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    r.headers.append(
        {QByteArrayLiteral("Content-Disposition"),
         QStringLiteral("attachment; filename=\"%1\"").arg(e->object.fileName()).toLatin1()});
    if (kind == RangeKind::Partial)
        r.headers.append({QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(start) +
                                                                  '-' + QByteArray::number(end) +
                                                                  '/' + QByteArray::number(size)});
    r.filePath = path;
    r.fileOffset = start;
    r.fileLength = size == 0 ? 0 : end - start + 1;
    return r;
}

} // namespace

void addLogExportRoutes(Api &api)
{
    using A = Api::Access;
    api.route(Method::Post, QStringLiteral("/log-exports/quote"), A::Admin, quoteLogExport);
    api.route(Method::Get, QStringLiteral("/log-exports"), A::Admin, listExports);
    api.route(Method::Post, QStringLiteral("/log-exports"), A::Admin, createLogExport,
              Api::Create::Idempotent);
    api.route(Method::Get, QStringLiteral("/log-exports/{id}"), A::Admin, getExport);
    api.route(Method::Post, QStringLiteral("/log-exports/{id}/cancel"), A::Admin, cancelExport);
    api.route(Method::Get, QStringLiteral("/log-exports/{id}/manifest"), A::Admin, getManifest);
    api.route(Method::Get, QStringLiteral("/log-exports/{id}/file"), A::Admin, downloadFile);
}

} // namespace kanri::server
