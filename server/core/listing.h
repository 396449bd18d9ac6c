#pragma once

#include "http/router.h"

#include "domain/jsonwriter.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

class QSqlQuery;

#include <functional>
#include <optional>
#include <variant>

namespace kanri::server {

// The paging and delta parameters of a list request.
struct ListQuery
{
    int limit = 100;
    qint64 after = 0;             // plain lists: the last pk seen; deltas: the last seq seen
    std::optional<qint64> since;  // set for delta requests (updated_since)
    QMap<QString, QString> filters;

    bool isDelta() const { return since.has_value(); }
    // Where to start: rows with key > start().
    qint64 start() const { return isDelta() ? std::max(*since, after) : after; }
};

// Reads limit, cursor, updated_since and the named filters. A cursor carries its filters and
// watermark; a request may repeat them unchanged or leave them out. Errors are a 400 response.
std::variant<ListQuery, Response> parseListQuery(const Request &request, const QStringList &filterNames,
                                                 bool deltaAllowed = true);

// One row of a list query, in key order (pk for plain lists, seq for deltas).
struct ListRow
{
    qint64 key = 0;
    QString id;
    std::optional<qint64> deletedAt; // a tombstone (delta lists only)
    QJsonObject object;
};

// Writes the page answer while its rows are read, in key order:
//
//   PageWriter page(query);
//   while (rows.next() && page.takesRow())
//       live ? writeItem(page.item(key)) : page.tombstone(key, id, deletedAt);
//   return page.finish(currentSeq);
class PageWriter
{
public:
    explicit PageWriter(const ListQuery &query);

    // Whether the page has room for the row just read; false once it holds `limit` rows, and
    // then that row means "there is more".
    bool takesRow();
    // Begins the next live item (key: pk for plain lists, seq for deltas): write exactly one
    // JSON value with the returned writer.
    domain::JsonWriter &item(qint64 key);
    // A deleted row (delta lists only).
    void tombstone(qint64 key, const QString &id, qint64 deletedAtMs);
    // `currentSeq` is the tenant's change counter: the watermark when the delta is complete.
    Response finish(qint64 currentSeq);

private:
    struct Tombstone
    {
        QString id;
        qint64 deletedAtMs;
    };
    const ListQuery &m_query;
    QByteArray m_body;
    domain::JsonWriter m_writer;
    QList<Tombstone> m_tombstones;
    int m_count = 0;
    qint64 m_lastKey = 0;
    bool m_more = false;
};

// Builds the page answer from up to limit + 1 rows (the extra one means "there is more").
Response listPage(const ListQuery &query, const QList<ListRow> &rows, qint64 currentSeq);

// The rows of a list query in the shape the list routes share: column 0 the pk, column 1 the
// id, `seqColumn` the change counter (the key of a delta), `deletedColumn` deleted_at (set: a
// tombstone); a live row's object is `objectOf(q)`.
QList<ListRow> readListRows(QSqlQuery &q, const ListQuery &query, int seqColumn, int deletedColumn,
                            const std::function<QJsonObject(const QSqlQuery &)> &objectOf);

} // namespace kanri::server
