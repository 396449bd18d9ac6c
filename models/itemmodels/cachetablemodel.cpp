#include "itemmodels/cachetablemodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace kanri::itemmodels {

namespace {

constexpr int kBlockRows = 256;
constexpr qsizetype kBlocksKept = 16;

} // namespace

CacheTableModel::CacheTableModel(const cache::CacheConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_error = cache::openConnection(connection, m_db);
}

bool CacheTableModel::reload()
{
    beginResetModel();
    m_blocks.clear();
    m_blockOrder.clear();
    m_ids.clear();
    m_roleNames.reset();
    if (!m_error && m_db.isOpen()) {
        if (std::optional<QList<qint64>> ids = loadOrder(m_db))
            m_ids = std::move(*ids);
        else
            m_error = cache::CacheError::fromSql(m_db.lastError());
    }
    endResetModel();
    return !m_error;
}

QList<qint64> CacheTableModel::rowIds(const QItemSelection &selection) const
{
    QList<qint64> ids;
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            if (row < m_ids.size())
                ids.append(m_ids.at(row));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

int CacheTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int CacheTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant CacheTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return headers().value(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant CacheTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    return row ? cell(*row, index.column(), role) : QVariant();
}

const CacheTableModel::Row *CacheTableModel::rowAt(int row) const
{
    const int block = row / kBlockRows;
    auto found = m_blocks.find(block);
    if (found == m_blocks.end()) {
        const qsizetype first = qsizetype(block) * kBlockRows;
        const QList<qint64> ids = m_ids.mid(first, kBlockRows);
        const QByteArray sql = rowSql().replace("%1", cache::placeholders(ids.size()));
        cache::Statement s(m_db, sql.constData());
        for (qsizetype i = 0; i < ids.size(); ++i)
            s.bind(static_cast<int>(i + 1), ids.at(i));
        QHash<qint64, Row> rows;
        while (s.next())
            rows.insert(s.int64(0), readRow(s, 1, -1));
        completeRows(rows);
        if (m_blockOrder.size() >= kBlocksKept)
            m_blocks.remove(m_blockOrder.takeFirst());
        m_blockOrder.append(block);
        found = m_blocks.insert(block, std::move(rows));
    }
    const auto it = found->constFind(m_ids.at(row));
    return it == found->constEnd() ? nullptr : &*it;
}

CacheTableModel::Row CacheTableModel::readRow(const cache::Statement &statement, int firstColumn, int count)
{
    Row row;
    const int end = count < 0 ? statement.columnCount() : firstColumn + count;
    for (int c = firstColumn; c < end; ++c) {
        if (statement.isNull(c))
            row.append(QVariant());
        else if (statement.isInteger(c))
            row.append(statement.int64(c));
        else
            row.append(statement.text(c));
    }
    return row;
}

const QHash<QString, QString> &CacheTableModel::roleDisplayNames() const
{
    // Read once per reload: every block of rows asks.
    if (m_roleNames)
        return *m_roleNames;
    const QString language = QLocale().name().left(2);
    QHash<QString, QString> &names = m_roleNames.emplace();
    cache::Statement s(m_db, "SELECT id, name, json FROM roles");
    while (s.next()) {
        const QJsonObject role = QJsonDocument::fromJson(s.text(2).toUtf8()).object();
        const QString display = role.value(QStringLiteral("display_names")).toObject().value(language).toString();
        names.insert(s.text(0), display.isEmpty() ? s.text(1) : display);
    }
    return names;
}

QString CacheTableModel::timeText(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
    return QLocale().toString(time, QLocale::ShortFormat);
}

} // namespace kanri::itemmodels
