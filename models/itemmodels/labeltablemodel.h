#pragma once

#include "itemmodels/cachetablemodel.h"

namespace kanri::itemmodels {

// Labels of the cache with the number of folders and projects carrying each; by name.
class LabelTableModel : public CacheTableModel
{
    Q_OBJECT
public:
    enum class Column { Name, Color, Level, Description, Assignments, Count };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kColorRole = Qt::UserRole + 2; // "#RRGGBB", for a delegate to paint

    using CacheTableModel::CacheTableModel;


protected:
    QStringList headers() const override;
    std::optional<QList<qint64>> loadOrder(cache::Database &db) override;
    QByteArray rowSql() const override;
    QVariant cell(const Row &row, int column, int role) const override;
};

} // namespace kanri::itemmodels
