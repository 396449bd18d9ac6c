#pragma once

#include "cache/cachestore.h"
#include "domain/label.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace kanri::itemmodels {

// The folders and projects of the cache with the labels they carry, for the labels page:
// filtered by a label and by text (name or place), folders first, then by place and name.
class LabelledAssetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Location, Labels, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kTypeRole = Qt::UserRole + 2; // domain::AssetType as int

    struct Asset
    {
        domain::AssetType type = domain::AssetType::Folder;
        QString id;
        QString name;
        QString location;                     // "Parent / Child" of a folder or a project's folder
        QHash<QString, QString> assignments;  // label id → label assignment id
    };

    explicit LabelledAssetModel(const cache::CacheConnection &connection, QObject *parent = nullptr);

    // Reads the cache again. False when it cannot be read.
    bool reload();
    // Only the assets carrying `labelId` (empty: all).
    void setLabelFilter(const QString &labelId);
    void setTextFilter(const QString &text);
    const QString &labelFilter() const { return m_labelFilter; }

    const Asset &asset(int row) const { return m_assets.at(m_visible.at(row)); }
    // Label id → its name, as the cache has them.
    const QHash<QString, QString> &labelNames() const { return m_labelNames; }
    // How many assets carry each label.
    qsizetype carrying(const QString &labelId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void applyFilters();
    bool read(QList<Asset> &assets);

    cache::CacheConnection m_connection;
    cache::Database m_db;
    QList<Asset> m_assets;
    QList<qsizetype> m_visible; // indexes into m_assets
    QHash<QString, QString> m_labelNames;
    QString m_labelFilter;
    QString m_textFilter;
};

} // namespace kanri::itemmodels
