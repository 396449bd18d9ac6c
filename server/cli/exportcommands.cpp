#include "cli/exportcommands.h"

#include "core/storeutil.h"
#include "exports/exportstore.h"
#include "store/database.h"

namespace kanri::server {

namespace {

using domain::LogExportState;

std::optional<exports::ExportRecord> exportArgument(const QCommandLineParser &p, Database &database,
                                                    const QString &command, QTextStream &err,
                                                    int *code)
{
    const QStringList ids = p.positionalArguments();
    if (ids.size() != 1) {
        err << "exports " << command << ": give the export's ID (see: exports list)\n";
        *code = 2;
        return std::nullopt;
    }
    auto e = exports::findExport(database.connection(), 0, ids.first());
    if (!e) {
        err << "exports " << command << ": no export '" << ids.first() << "'\n";
        *code = 1;
    }
    return e;
}

} // namespace

int exportsList(const QCommandLineParser &p, Database &database, QTextStream &out, QTextStream &err)
{
    QString sql = QStringLiteral("SELECT e.id, t.slug, e.state, e.log_type, e.format, e.from_at, "
                                 "e.to_at, e.rows_estimate, e.row_count, "
                                 "e.price, e.requested_at, e.reason FROM log_exports e JOIN "
                                 "tenants t ON t.pk = e.tenant_pk WHERE 1 = 1");
    QVariantList values;
    if (p.isSet(QStringLiteral("tenant"))) {
        sql += QStringLiteral(" AND t.slug = ?");
        values << p.value(QStringLiteral("tenant"));
    }
    if (p.isSet(QStringLiteral("state"))) {
        if (!domain::fromWire<LogExportState>(p.value(QStringLiteral("state")))) {
            err << "exports list: --state must be one of "
                << domain::wireNames<LogExportState>().join(QStringLiteral(", ")) << "\n";
            return 2;
        }
        sql += QStringLiteral(" AND e.state = ?");
        values << p.value(QStringLiteral("state"));
    }
    bool ok = false;
    QSqlQuery q =
        runQuery(database.connection(), sql + QStringLiteral(" ORDER BY e.pk"), values, &ok);
    if (!ok) {
        err << "exports list: cannot read the exports\n";
        return 1;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("ID"), -19)
               .arg(QStringLiteral("TENANT"), -12)
               .arg(QStringLiteral("STATE"), -10)
               .arg(QStringLiteral("TYPE"), -9)
               .arg(QStringLiteral("FORMAT"), -8)
               .arg(QStringLiteral("PERIOD (UTC)"), -41)
               .arg(QStringLiteral("ROWS"), 10)
               .arg(QStringLiteral("PRICE (JPY)"), 11);
    while (q.next()) {
        const QString period = domain::formatDateTime(fromMs(q.value(5).toLongLong())) +
                               QStringLiteral("..") +
                               domain::formatDateTime(fromMs(q.value(6).toLongLong()));
        // The counted rows once generated, the quote's estimate before.
        const qint64 rows = q.value(8).isNull() ? q.value(7).toLongLong() : q.value(8).toLongLong();
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
                   .arg(q.value(0).toString(), -19)
                   .arg(q.value(1).toString(), -12)
                   .arg(q.value(2).toString(), -10)
                   .arg(q.value(3).toString(), -9)
                   .arg(q.value(4).toString(), -8)
                   .arg(period, -41)
                   .arg(rows, 10)
                   .arg(q.value(9).toLongLong(), 11);
        if (!q.value(11).isNull())
            out << "  (" << q.value(11).toString() << ")";
        out << "\n";
    }
    return 0;
}

int exportsApprove(const QCommandLineParser &p, Database &database, QTextStream &out,
                   QTextStream &err)
{
    int code = 0;
    const auto e = exportArgument(p, database, QStringLiteral("approve"), err, &code);
    if (!e)
        return code;
    if (e->object.state != LogExportState::Requested) {
        err << "exports approve: " << e->object.id << " is " << domain::toWire(e->object.state)
            << "; only a requested export can be approved\n";
        return 1;
    }
    if (!exports::changeState(database.connection(), *e, {LogExportState::Requested},
                              LogExportState::Approved, exports::Actor::vendor())) {
        err << "exports approve: could not save (changed meanwhile?)\n";
        return 1;
    }
    out << "approved " << e->object.id << "\n";
    return 0;
}

int exportsReject(const QCommandLineParser &p, Database &database, QTextStream &out,
                  QTextStream &err)
{
    int code = 0;
    const QString reason = p.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty()) {
        err << "exports reject: --reason TEXT is required (the customer sees it)\n";
        return 2;
    }
    const auto e = exportArgument(p, database, QStringLiteral("reject"), err, &code);
    if (!e)
        return code;
    if (e->object.state != LogExportState::Requested &&
        e->object.state != LogExportState::Approved) {
        err << "exports reject: " << e->object.id << " is " << domain::toWire(e->object.state)
            << "; only a requested or approved export can be rejected\n";
        return 1;
    }
    if (!exports::changeState(database.connection(), *e,
                              {LogExportState::Requested, LogExportState::Approved},
                              LogExportState::Rejected, exports::Actor::vendor(), {}, reason)) {
        err << "exports reject: could not save (changed meanwhile?)\n";
        return 1;
    }
    out << "rejected " << e->object.id << "\n";
    return 0;
}

} // namespace kanri::server
