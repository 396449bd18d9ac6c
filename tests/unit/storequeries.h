#pragma once

// Reading a service database in unit tests: open one in a temporary directory, run a query,
// get its rows or a single number.

#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace kanri::server::test {

inline std::unique_ptr<Database> openIn(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    auto db = Database::open(dir.filePath(name), &error);
    if (!db)
        qWarning() << error;
    return db;
}

inline QList<QVariantList> rows(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        qWarning() << query.lastError().text() << sql;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        qWarning() << query.lastError().text() << sql;
    QList<QVariantList> out;
    while (query.next()) {
        QVariantList row;
        for (int c = 0; c < query.record().count(); ++c)
            row.append(query.value(c));
        out.append(row);
    }
    return out;
}

inline qint64 number(const Database &db, const QString &sql, const QVariantList &values = {})
{
    const auto result = rows(db, sql, values);
    return result.isEmpty() ? -1 : result.first().first().toLongLong();
}

} // namespace kanri::server::test
