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

std::optional<LabelledAssets> LabelledAssets::read(cache::Database &db)
{
    LabelledAssets result;
    QList<LabelledAsset> &assets = result.assets;
    QHash<QString, std::pair<QString, QString>> folders; // id → name, parent id
    cache::Statement f(db, "SELECT id, name, parent_id FROM folders");
    while (f.next())
        folders.insert(f.text(0), {f.text(1), f.isNull(2) ? QString() : f.text(2)});
    if (f.failed())
        return std::nullopt;
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
    cache::Statement p(db, "SELECT id, name, folder_id FROM projects");
    while (p.next()) {
        byId.insert(p.text(0), assets.size());
        assets.append({domain::AssetType::Project, p.text(0), p.text(1), path(p.text(2)), {}});
    }
    cache::Statement a(db, "SELECT id, label_id, target_id FROM label_assignments");
    while (a.next()) {
        const auto at = byId.constFind(a.text(2));
        if (at != byId.cend())
            assets[*at].assignments.insert(a.text(1), a.text(0));
    }
    cache::Statement l(db, "SELECT id, name, color FROM labels");
    while (l.next())
        result.labels.insert(l.text(0), {l.text(0), l.text(1), l.text(2)});
    if (p.failed() || a.failed() || l.failed())
        return std::nullopt;
    const QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::sort(assets.begin(), assets.end(), [&collator](const LabelledAsset &x, const LabelledAsset &y) {
        if (x.type != y.type)
            return x.type == domain::AssetType::Folder;
        if (const int c = collator.compare(x.location, y.location))
            return c < 0;
        return collator.compare(x.name, y.name) < 0;
    });
    return result;
}

namespace {

QList<LabelTag> sortedByName(QList<LabelTag> tags)
{
    const QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::sort(tags.begin(), tags.end(), [&collator](const LabelTag &x, const LabelTag &y) {
        return collator.compare(x.name, y.name) < 0;
    });
    return tags;
}

} // namespace

QList<LabelTag> LabelledAssets::tagsOf(const LabelledAsset &asset) const
{
    QList<LabelTag> tags;
    for (auto it = asset.assignments.cbegin(); it != asset.assignments.cend(); ++it)
        tags.append(labels.value(it.key(), {it.key(), it.key(), {}}));
    return sortedByName(std::move(tags));
}

QList<LabelTag> LabelledAssets::byName() const
{
    return sortedByName(labels.values());
}

bool LabelledAssetModel::reload()
{
    std::optional<LabelledAssets> data;
    if (m_db.isOpen() || !cache::openConnection(m_connection, m_db))
        data = LabelledAssets::read(m_db);
    beginResetModel();
    m_data = data ? std::move(*data) : LabelledAssets();
    applyFilters();
    endResetModel();
    return data.has_value();
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
    for (qsizetype i = 0; i < m_data.assets.size(); ++i) {
        const Asset &asset = m_data.assets.at(i);
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
    return std::count_if(m_data.assets.cbegin(), m_data.assets.cend(),
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
    if (role == kTagsRole && Column(index.column()) == Column::Labels)
        return QVariant::fromValue(m_data.tagsOf(a));
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
        for (const LabelTag &tag : m_data.tagsOf(a))
            names.append(tag.name);
        return names.join(QStringLiteral(", "));
    }
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kanri::itemmodels
