#pragma once

#include "http/router.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

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
    QByteArray json; // the object already written (see domain::JsonWriter); used when set
};

// Builds the page answer from up to limit + 1 rows (the extra one means "there is more").
// `currentSeq` is the tenant's change counter: the watermark when the delta is complete.
Response listPage(const ListQuery &query, const QList<ListRow> &rows, qint64 currentSeq);

} // namespace kanri::server
