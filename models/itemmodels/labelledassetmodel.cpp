#include "itemmodels/labelledassetmodel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace kanri::itemmodels {

LabelledAssetModel::LabelledAssetModel(const cache::CacheConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

bool LabelledAssetModel::read(QList<Asset> &assets)
{
    if (!m_db.isOpen() && cache::openConnection(m_connection, m_db))
        return false;
    QHash<QString, std::pair<QString, QString>> folders; // id → name, parent id
    cache::Statement f(m_db, "SELECT id, name, parent_id FROM folders");
    while (f.next())
        folders.insert(f.text(0), {f.text(1), f.isNull(2) ? QString() : f.text(2)});
    if (f.failed())
        return false;
    const auto path = [&folders](QString id) {
        QStringList parts;
        for (int depth = 0; !id.isEmpty() && folders.contains(id) && depth < 64; ++depth) {
            parts.prepend(folders.value(id).first);
            id = folders.value(id).second;
        }
        return parts.join(QStringLiteral(" / "));
    };
    QHash<QString, qsizetype> byId;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        byId.insert(it.key(), assets.size());
        assets.append({domain::AssetType::Folder, it.key(), it.value().first, path(it.value().second), {}});
    }
    cache::Statement p(m_db, "SELECT id, name, folder_id FROM projects");
    while (p.next()) {
        byId.insert(p.text(0), assets.size());
        assets.append({domain::AssetType::Project, p.text(0), p.text(1), path(p.text(2)), {}});
    }
    cache::Statement a(m_db, "SELECT id, label_id, target_id FROM label_assignments");
    while (a.next()) {
        const auto at = byId.constFind(a.text(2));
        if (at != byId.cend())
            assets[*at].assignments.insert(a.text(1), a.text(0));
    }
    cache::Statement l(m_db, "SELECT id, name FROM labels");
    m_labelNames.clear();
    while (l.next())
        m_labelNames.insert(l.text(0), l.text(1));
    if (p.failed() || a.failed() || l.failed())
        return false;
    const QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::sort(assets.begin(), assets.end(), [&collator](const Asset &x, const Asset &y) {
        if (x.type != y.type)
            return x.type == domain::AssetType::Folder;
        if (const int c = collator.compare(x.location, y.location))
            return c < 0;
        return collator.compare(x.name, y.name) < 0;
    });
    return true;
}

bool LabelledAssetModel::reload()
{
    QList<Asset> assets;
    const bool ok = read(assets);
    beginResetModel();
    m_assets = ok ? std::move(assets) : QList<Asset>();
    applyFilters();
    endResetModel();
    return ok;
}

void LabelledAssetModel::setLabelFilter(const QString &labelId)
{
    beginResetModel();
    m_labelFilter = labelId;
    applyFilters();
    endResetModel();
}

void LabelledAssetModel::setTextFilter(const QString &text)
{
    beginResetModel();
    m_textFilter = text.trimmed();
    applyFilters();
    endResetModel();
}

void LabelledAssetModel::applyFilters()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_assets.size(); ++i) {
        const Asset &asset = m_assets.at(i);
        if (!m_labelFilter.isEmpty() && !asset.assignments.contains(m_labelFilter))
            continue;
        if (!m_textFilter.isEmpty() && !asset.name.contains(m_textFilter, Qt::CaseInsensitive)
            && !asset.location.contains(m_textFilter, Qt::CaseInsensitive))
            continue;
        m_visible.append(i);
    }
}

qsizetype LabelledAssetModel::carrying(const QString &labelId) const
{
    return std::count_if(m_assets.cbegin(), m_assets.cend(),
                         [&labelId](const Asset &a) { return a.assignments.contains(labelId); });
}

int LabelledAssetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int LabelledAssetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LabelledAssetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Type:
        return tr("Type");
    case Column::Location:
        return tr("Folder");
    case Column::Labels:
        return tr("Labels");
    case Column::Count:
        break;
    }
    return {};
}

QVariant LabelledAssetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const Asset &a = asset(index.row());
    if (role == kIdRole)
        return a.id;
    if (role == kTypeRole)
        return int(a.type);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Column::Name:
        return a.name;
    case Column::Type:
        return a.type == domain::AssetType::Folder ? tr("Folder") : tr("Project");
    case Column::Location:
        return a.location;
    case Column::Labels: {
        QStringList names;
        for (auto it = a.assignments.cbegin(); it != a.assignments.cend(); ++it)
            names.append(m_labelNames.value(it.key(), it.key()));
        names.sort();
        return names.join(QStringLiteral(", "));
    }
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kanri::itemmodels
