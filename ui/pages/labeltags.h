#pragma once

#include "itemmodels/labelledassetmodel.h"

#include <QStyledItemDelegate>

class QBoxLayout;
class QComboBox;

namespace kanri::ui {

// Draws the labels a folder or project carries (itemmodels::LabelledAssetModel::kTagsRole, a
// list of LabelTag) as chips in their colours; other cells as usual. The display text stays
// the names, for search, copy and accessibility.
class LabelTagsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// A label filter ("&Show:" and its list, stretched) added to `row`; fill it with fillLabelFilter.
QComboBox *addLabelFilter(const char *objectName, QBoxLayout *row, QWidget *parent);
// Fills a label filter: "All folders and projects" (empty id), then "Carrying “name”" for each
// label with its colour; keeps the label chosen before when it still exists.
void fillLabelFilter(QComboBox *filter, const QList<itemmodels::LabelTag> &labels);

} // namespace kanri::ui
