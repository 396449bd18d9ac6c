#include "exports/logexporttablemodel.h"

#include <QJsonDocument>
#include <QLocale>

namespace kanri::exports {

LogExportTableModel::LogExportTableModel(const cache::CacheConnection &connection,
                                         const QString &timeZone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
    m_error = cache::openConnection(connection, m_db);
}

bool LogExportTableModel::reload()
{
    beginResetModel();
    m_exports.clear();
    if (!m_error && m_db.isOpen()) {
        cache::Statement s(m_db, "SELECT json FROM log_exports ORDER BY requested_at DESC, id");
        while (s.next()) {
            auto decoded = domain::LogExport::fromJson(
                QJsonDocument::fromJson(s.text(0).toUtf8()).object(), QStringLiteral("log_export"));
            if (decoded) // the cache holds only what decoded when it was synced
                m_exports.append(std::move(decoded).value());
        }
        if (s.failed())
            m_error = cache::CacheError::fromSql(m_db.lastError());
    }
    endResetModel();
    return !m_error;
}

int LogExportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_exports.size());
}

int LogExportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant LogExportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Column::State:
        return tr("State");
    case Column::LogType:
        return tr("Log");
    case Column::Period:
        return tr("Period");
    case Column::Format:
        return tr("Format");
    case Column::Rows:
        return tr("Rows");
    case Column::Size:
        return tr("Size");
    case Column::Price:
        return tr("Price");
    case Column::Requested:
        return tr("Requested");
    case Column::Expires:
        return tr("Available until");
    case Column::Count:
        break;
    }
    return {};
}

QVariant LogExportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::LogExport &e = m_exports.at(index.row());
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case kIdRole:
        return e.id;
    case Qt::DisplayRole:
        return display(e, column);
    case Qt::ToolTipRole:
        if (column == Column::State && e.reason)
            return *e.reason;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Rows || column == Column::Size || column == Column::Price)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LogExportTableModel::display(const domain::LogExport &e, Column column) const
{
    const QLocale locale;
    switch (column) {
    case Column::State:
        return e.reason ? tr("%1 (%2)").arg(stateName(e.state), *e.reason) : stateName(e.state);
    case Column::LogType:
        return logTypeName(e.logType);
    case Column::Period:
        return periodText(e);
    case Column::Format:
        return e.format == domain::LogFormat::Csv && e.csvBom ? tr("%1 with BOM").arg(formatName(e.format))
                                                              : formatName(e.format);
    case Column::Rows:
        return locale.toString(e.rowCount.value_or(e.rowsEstimate));
    case Column::Size:
        return e.size ? locale.formattedDataSize(*e.size) : QString();
    case Column::Price:
        return price(e.price);
    case Column::Requested:
        return locale.toString(e.requestedAt.toLocalTime(), QLocale::ShortFormat);
    case Column::Expires:
        return e.expiresAt ? locale.toString(e.expiresAt->toLocalTime(), QLocale::ShortFormat) : QString();
    case Column::Count:
        break;
    }
    return {};
}

QString LogExportTableModel::periodText(const domain::LogExport &e) const
{
    // Whole days in the tenant's zone read as days: "2026/10/01 – 2026/10/31".
    const QLocale locale;
    const QDateTime from = e.from.toTimeZone(m_zone);
    const QDateTime to = e.to.toTimeZone(m_zone);
    if (from.time() == QTime(0, 0) && to.time() == QTime(0, 0))
        return tr("%1 – %2").arg(locale.toString(from.date(), QLocale::ShortFormat),
                                 locale.toString(to.date().addDays(-1), QLocale::ShortFormat));
    return tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                             locale.toString(to, QLocale::ShortFormat));
}

const domain::LogExport *LogExportTableModel::exportAt(int row) const
{
    return row >= 0 && row < m_exports.size() ? &m_exports.at(row) : nullptr;
}

int LogExportTableModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_exports.size(); ++i) {
        if (m_exports.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString LogExportTableModel::stateName(domain::LogExportState state)
{
    switch (state) {
    case domain::LogExportState::Requested:
        return tr("Awaiting approval");
    case domain::LogExportState::Approved:
        return tr("Approved");
    case domain::LogExportState::Generating:
        return tr("Generating");
    case domain::LogExportState::Ready:
        return tr("Ready");
    case domain::LogExportState::Expired:
        return tr("Expired");
    case domain::LogExportState::Rejected:
        return tr("Rejected");
    case domain::LogExportState::Cancelled:
        return tr("Cancelled");
    case domain::LogExportState::Failed:
        return tr("Failed");
    }
    return {};
}

QString LogExportTableModel::formatName(domain::LogFormat format)
{
    switch (format) {
    case domain::LogFormat::Csv:
        return tr("CSV");
    case domain::LogFormat::Jsonl:
        return tr("JSON Lines");
    case domain::LogFormat::Combined:
        return tr("Combined Log Format");
    }
    return {};
}

QString LogExportTableModel::logTypeName(domain::LogType type)
{
    return type == domain::LogType::Access ? tr("Access log") : tr("Operation log");
}

QString LogExportTableModel::price(qint64 yen)
{
    return QLocale().toCurrencyString(static_cast<qlonglong>(yen), QStringLiteral("¥"));
}

bool LogExportTableModel::isPending(domain::LogExportState state)
{
    return state == domain::LogExportState::Requested || state == domain::LogExportState::Approved ||
           state == domain::LogExportState::Generating;
}

} // namespace kanri::exports
