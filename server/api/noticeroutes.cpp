#include "api/noticeroutes.h"

#include "core/api.h"
#include "core/listing.h"

#include "domain/notice.h"

namespace kanri::server {

namespace {

// A notice as the calling user sees it. Its change number is the later of the notice's own
// and that of the caller's read state, so that marking it read or unread puts it into the
// caller's delta again (and changes its ETag) without touching anyone else's view.
struct NoticeRecord
{
    qint64 pk = 0;
    qint64 seq = 0;
    std::optional<qint64> deletedAt;
    domain::Notice notice;
};

// Binds: the caller's user pk first.
QString noticeSelect()
{
    return QStringLiteral(
        "SELECT n.id, n.kind, n.title, n.body, n.published_at, n.starts_at, n.ends_at, "
        "n.incident_status, "
        "COALESCE(r.read, 0), n.updated_at, MAX(n.seq, COALESCE(r.seq, 0)) AS eseq, n.pk, "
        "n.deleted_at "
        "FROM notices n LEFT JOIN notice_reads r ON r.notice_pk = n.pk AND r.user_pk = ? ");
}

NoticeRecord noticeFromRow(const QSqlQuery &q)
{
    NoticeRecord r;
    domain::Notice &n = r.notice;
    n.id = q.value(0).toString();
    n.kind = domain::fromWire<domain::NoticeKind>(q.value(1).toString())
                 .value_or(domain::NoticeKind::Info);
    n.title = q.value(2).toString();
    n.body = q.value(3).toString();
    n.publishedAt = fromMs(q.value(4).toLongLong());
    n.startsAt = fromMs(q.value(5));
    n.endsAt = fromMs(q.value(6));
    if (n.kind == domain::NoticeKind::Incident)
        n.incidentStatus = domain::fromWire<domain::IncidentStatus>(q.value(7).toString());
    n.read = q.value(8).toInt() != 0;
    n.updatedAt = fromMs(q.value(9).toLongLong());
    r.seq = q.value(10).toLongLong();
    n.etag = etagFor(r.seq);
    r.pk = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        r.deletedAt = q.value(12).toLongLong();
    return r;
}

std::optional<NoticeRecord> findNotice(const Call &call)
{
    QSqlQuery q =
        runQuery(call.db(),
                 noticeSelect() +
                     QStringLiteral("WHERE n.tenant_pk = ? AND n.id = ? AND n.deleted_at IS NULL"),
                 {call.principal.userPk, call.principal.tenantPk,
                  call.request.params.value(QStringLiteral("id"))});
    if (!q.next())
        return std::nullopt;
    return noticeFromRow(q);
}

Response listNotices(Call &call)
{
    auto parsed = parseListQuery(call.request, {});
    if (auto *error = std::get_if<Response>(&parsed))
        return *error;
    const ListQuery &query = std::get<ListQuery>(parsed);
    QString sql = noticeSelect() + QStringLiteral("WHERE n.tenant_pk = ? ");
    QVariantList values{call.principal.userPk, call.principal.tenantPk};
    if (query.isDelta()) {
        sql += QStringLiteral("AND MAX(n.seq, COALESCE(r.seq, 0)) > ? ORDER BY eseq LIMIT ?");
        values << query.start() << query.limit + 1;
    } else {
        // Newest first. The cursor holds the pk of the last notice shown; the next page
        // continues after its (published_at, pk), which stays stable when notices are added.
        sql += QStringLiteral("AND n.deleted_at IS NULL ");
        if (query.start() > 0) {
            sql += QStringLiteral(
                "AND EXISTS (SELECT 1 FROM notices c WHERE c.pk = ? AND c.tenant_pk = n.tenant_pk "
                "AND (n.published_at < c.published_at OR (n.published_at = c.published_at "
                "AND n.pk < c.pk))) ");
            values << query.start();
        }
        sql += QStringLiteral("ORDER BY n.published_at DESC, n.pk DESC LIMIT ?");
        values << query.limit + 1;
    }
    bool ok = false;
    QSqlQuery q = runQuery(call.db(), sql, values, &ok);
    if (!ok)
        return storageFailure();
    QList<ListRow> rows;
    while (q.next()) {
        const NoticeRecord r = noticeFromRow(q);
        rows.append(
            ListRow{query.isDelta() ? r.seq : r.pk, r.notice.id, r.deletedAt, r.notice.toJson()});
    }
    return listPage(query, rows, call.currentSeq());
}

Response getNotice(Call &call)
{
    const auto notice = findNotice(call);
    if (!notice)
        return notFound();
    return jsonWithEtag(notice->notice.toJson(), notice->notice.etag);
}

// PUT and DELETE /notices/{id}/read: idempotent; only a real change takes a change number.
Response setRead(Call &call, bool read)
{
    const auto notice = findNotice(call);
    if (!notice)
        return notFound();
    if (notice->notice.read == read)
        return Response::noContent();
    QSqlDatabase db = call.db();
    QSqlQuery w(db);
    if (!run(w,
             QStringLiteral(
                 "INSERT INTO notice_reads (notice_pk, user_pk, read, seq) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (notice_pk, user_pk) DO UPDATE SET read = excluded.read, seq = "
                 "excluded.seq"),
             {notice->pk, call.principal.userPk, read ? 1 : 0,
              nextSeq(db, call.principal.tenantPk)}))
        return storageFailure();
    call.audit(read ? QStringLiteral("notice.read") : QStringLiteral("notice.unread"),
               notice->notice.id);
    return Response::noContent();
}

} // namespace

void addNoticeRoutes(Api &api)
{
    using A = Api::Access;
    api.route(Method::Get, QStringLiteral("/notices"), A::SignedIn, listNotices);
    api.route(Method::Get, QStringLiteral("/notices/{id}"), A::SignedIn, getNotice);
    api.route(Method::Put, QStringLiteral("/notices/{id}/read"), A::SignedIn,
              [](Call &call) { return setRead(call, true); });
    api.route(Method::Delete, QStringLiteral("/notices/{id}/read"), A::SignedIn,
              [](Call &call) { return setRead(call, false); });
}

} // namespace kanri::server
