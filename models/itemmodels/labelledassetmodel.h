#pragma once

#include "cache/cachestore.h"
#include "domain/label.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace kanri::itemmodels {

// A label as a folder or project shows it.
struct LabelTag
{
    QString id;
    QString name;
    QString color; // "#RRGGBB"
};

// A folder or project with the labels it carries.
struct LabelledAsset
{
    domain::AssetType type = domain::AssetType::Folder;
    QString id;
    QString name;
    QString location;                    // "Parent / Child" of a folder or a project's folder
    QHash<QString, QString> assignments; // label id → label assignment id
};

// The folders and projects of the cache with their labels, read at once: for the labels page's
// list and the roles page's tree.
struct LabelledAssets
{
    QList<LabelledAsset> assets;    // folders first, then by place and name
    QHash<QString, LabelTag> labels; // by id

    // Nullopt when the cache cannot be read.
    static std::optional<LabelledAssets> read(cache::Database &db);
    // The labels `asset` carries, by name.
    QList<LabelTag> tagsOf(const LabelledAsset &asset) const;
    // Every label, by name.
    QList<LabelTag> byName() const;
};

// The folders and projects of the cache with the labels they carry, for the labels page:
// filtered by a label and by text (name or place), folders first, then by place and name.
class LabelledAssetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Location, Labels, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kTypeRole = Qt::UserRole + 2; // domain::AssetType as int

    using Asset = LabelledAsset;
    // The labels an asset carries (LabelTag list, by name), for a delegate that draws them.
    static constexpr int kTagsRole = Qt::UserRole + 3;

    explicit LabelledAssetModel(const cache::CacheConnection &connection, QObject *parent = nullptr);

    // Reads the cache again. False when it cannot be read.
    bool reload();
    // Only the assets carrying `labelId` (empty: all).
    void setLabelFilter(const QString &labelId);
    void setTextFilter(const QString &text);
    const QString &labelFilter() const { return m_labelFilter; }

    const Asset &asset(int row) const { return m_data.assets.at(m_visible.at(row)); }
    // The labels the cache has, by id.
    const QHash<QString, LabelTag> &labels() const { return m_data.labels; }
    // How many assets carry each label.
    qsizetype carrying(const QString &labelId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void applyFilters();

    cache::CacheConnection m_connection;
    cache::Database m_db;
    LabelledAssets m_data;
    QList<qsizetype> m_visible; // indexes into m_data.assets
    QString m_labelFilter;
    QString m_textFilter;
};

} // namespace kanri::itemmodels
