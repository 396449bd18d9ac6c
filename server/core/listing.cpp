#include "core/listing.h"

#include "core/api.h"
#include "core/storeutil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QJsonDocument>

namespace kanri::server {

namespace {

std::optional<qint64> parseCount(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > 9007199254740991LL)
        return std::nullopt;
    return value;
}

QString encodeCursor(const ListQuery &query, qint64 after)
{
    QJsonObject o{{QStringLiteral("a"), after}};
    if (query.since)
        o.insert(QStringLiteral("w"), *query.since);
    QJsonObject filters;
    for (auto it = query.filters.begin(); it != query.filters.end(); ++it)
        filters.insert(it.key(), it.value());
    if (!filters.isEmpty())
        o.insert(QStringLiteral("f"), filters);
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

std::variant<ListQuery, Response> parseListQuery(const Request &request, const QStringList &filterNames,
                                                 bool deltaAllowed)
{
    ListQuery q;
    const QUrlQuery &url = request.query;
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        const auto limit = parseCount(url.queryItemValue(QStringLiteral("limit")));
        if (!limit || *limit < 1 || *limit > 1000)
            return validationError(QStringLiteral("limit"), QStringLiteral("must be an integer from 1 to 1000"));
        q.limit = static_cast<int>(*limit);
    }
    for (const QString &name : filterNames) {
        if (url.hasQueryItem(name))
            q.filters.insert(name, url.queryItemValue(name, QUrl::FullyDecoded));
    }
    if (url.hasQueryItem(QStringLiteral("updated_since"))) {
        if (!deltaAllowed)
            return validationError(QStringLiteral("updated_since"), QStringLiteral("this list has no delta form"));
        const auto since = parseCount(url.queryItemValue(QStringLiteral("updated_since")));
        if (!since)
            return validationError(QStringLiteral("updated_since"), QStringLiteral("not a watermark from this service"));
        q.since = *since;
        if (!q.filters.isEmpty())
            return validationError(q.filters.firstKey(), QStringLiteral("filters cannot be combined with updated_since"));
    }
    if (url.hasQueryItem(QStringLiteral("cursor"))) {
        const QByteArray raw = QByteArray::fromBase64(url.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                                      QByteArray::Base64UrlEncoding);
        const QJsonObject c = QJsonDocument::fromJson(raw).object();
        const QJsonValue after = c.value(QStringLiteral("a"));
        constexpr double kMaxKey = 9007199254740991.0; // 2^53 - 1
        const QJsonValue w0 = c.value(QStringLiteral("w"));
        if (!after.isDouble() || after.toDouble() < 0 || after.toDouble() > kMaxKey
            || (!w0.isUndefined() && (!w0.isDouble() || w0.toDouble() < 0 || w0.toDouble() > kMaxKey)))
            return validationError(QStringLiteral("cursor"), QStringLiteral("not a cursor from this service"));
        q.after = static_cast<qint64>(after.toDouble());
        const QJsonValue w = c.value(QStringLiteral("w"));
        const std::optional<qint64> cursorSince =
            w.isDouble() ? std::optional<qint64>(static_cast<qint64>(w.toDouble())) : std::nullopt;
        if (q.since && q.since != cursorSince)
            return validationError(QStringLiteral("updated_since"), QStringLiteral("differs from the cursor's"));
        q.since = cursorSince;
        const QJsonObject f = c.value(QStringLiteral("f")).toObject();
        for (auto it = q.filters.begin(); it != q.filters.end(); ++it) {
            if (f.value(it.key()).toString() != it.value())
                return validationError(it.key(), QStringLiteral("differs from the cursor's"));
        }
        for (auto it = f.begin(); it != f.end(); ++it)
            q.filters.insert(it.key(), it->toString());
    }
    return q;
}

PageWriter::PageWriter(const ListQuery &query)
    : m_query(query)
    , m_writer(m_body)
{
    // Written as bytes rather than through one QJsonObject for the page: a page of 200 users is
    // ~70 KB and this is the hottest path of the service.
    m_body.reserve(static_cast<qsizetype>(query.limit) * 400 + 200);
    m_writer.beginObject();
    m_writer.key("items");
    m_writer.beginArray();
}

bool PageWriter::takesRow()
{
    if (m_count < m_query.limit)
        return true;
    m_more = true;
    return false;
}

domain::JsonWriter &PageWriter::item(qint64 key)
{
    ++m_count;
    m_lastKey = key;
    return m_writer;
}

void PageWriter::tombstone(qint64 key, const QString &id, qint64 deletedAtMs)
{
    ++m_count;
    m_lastKey = key;
    m_tombstones.append(Tombstone{id, deletedAtMs});
}

Response PageWriter::finish(qint64 currentSeq)
{
    domain::JsonWriter &w = m_writer;
    w.endArray();
    const qint64 last = m_count > 0 ? m_lastKey : m_query.start();
    w.key("next_cursor");
    if (m_more)
        w.string(encodeCursor(m_query, last));
    else
        w.null();
    if (m_query.isDelta()) {
        w.key("tombstones");
        w.beginArray();
        for (const Tombstone &t : std::as_const(m_tombstones)) {
            w.beginObject();
            w.key("id");
            w.string(t.id);
            w.key("deleted_at");
            w.dateTime(domain::UtcMs(std::chrono::milliseconds(t.deletedAtMs)));
            w.endObject();
        }
        w.endArray();
        w.key("watermark");
        w.string(QString::number(m_more ? last : std::max(last, currentSeq)));
    }
    w.endObject();
    return Response{200, QByteArrayLiteral("application/json"), std::move(m_body), {}};
}

QList<ListRow> readListRows(QSqlQuery &q, const ListQuery &query, int seqColumn, int deletedColumn,
                            const std::function<QJsonObject(const QSqlQuery &)> &objectOf)
{
    QList<ListRow> rows;
    while (q.next()) {
        ListRow row;
        row.key = q.value(query.isDelta() ? seqColumn : 0).toLongLong();
        row.id = q.value(1).toString();
        if (!q.value(deletedColumn).isNull())
            row.deletedAt = q.value(deletedColumn).toLongLong();
        else
            row.object = objectOf(q);
        rows.append(row);
    }
    return rows;
}

Response listPage(const ListQuery &query, const QList<ListRow> &rows, qint64 currentSeq)
{
    PageWriter page(query);
    for (const ListRow &row : rows) {
        if (!page.takesRow())
            break;
        if (row.deletedAt)
            page.tombstone(row.key, row.id, *row.deletedAt);
        else
            page.item(row.key).raw(domain::toBytes(row.object));
    }
    return page.finish(currentSeq);
}

} // namespace kanri::server
