#include "pages/labeltags.h"

#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace kanri::ui {

namespace {

using itemmodels::LabelTag;

constexpr int kPadding = 4;
constexpr int kGap = 4;

QList<LabelTag> tagsAt(const QModelIndex &index)
{
    return index.data(itemmodels::LabelledAssetModel::kTagsRole).value<QList<LabelTag>>();
}

// Dark text on a light label, white on a dark one.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

QIcon swatch(const QString &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(QColor(color));
    return QIcon(pixmap);
}

} // namespace

void LabelTagsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<LabelTag> tags = tagsAt(index);
    if (tags.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    const QFontMetrics metrics(option.font);
    const int height = metrics.height() + 2;
    QRect chip(option.rect.left() + kGap, option.rect.center().y() - height / 2 + 1, 0, height);
    for (const LabelTag &tag : tags) {
        const QColor color = QColor::isValidColorName(tag.color) ? QColor(tag.color) : option.palette.mid().color();
        chip.setWidth(metrics.horizontalAdvance(tag.name) + 2 * kPadding);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(textOn(color));
        painter->drawText(chip, Qt::AlignCenter, tag.name);
        chip.moveLeft(chip.right() + 1 + kGap);
    }
    painter->restore();
}

QSize LabelTagsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QList<LabelTag> tags = tagsAt(index);
    if (tags.isEmpty())
        return size;
    const QFontMetrics metrics(option.font);
    int width = kGap;
    for (const LabelTag &tag : tags)
        width += metrics.horizontalAdvance(tag.name) + 2 * kPadding + kGap;
    return size.expandedTo(QSize(width, metrics.height() + 4));
}

QComboBox *addLabelFilter(const char *objectName, QBoxLayout *row, QWidget *parent)
{
    auto *label = new QLabel(QCoreApplication::translate("kanri::ui::LabelsPage", "&Show:"), parent);
    auto *filter = new QComboBox(parent);
    filter->setObjectName(QLatin1StringView(objectName));
    label->setBuddy(filter);
    row->addWidget(label);
    row->addWidget(filter, 1);
    return filter;
}

void fillLabelFilter(QComboBox *filter, const QList<LabelTag> &labels)
{
    const QString chosen = filter->currentData().toString();
    const QSignalBlocker blocker(filter);
    filter->clear();
    // The labels page's words, wherever a list is filtered by label.
    filter->addItem(QCoreApplication::translate("kanri::ui::LabelsPage", "All folders and projects"), QString());
    for (const LabelTag &label : labels)
        filter->addItem(swatch(label.color), QCoreApplication::translate("kanri::ui::LabelsPage", "Carrying “%1”").arg(label.name),
                        label.id);
    filter->setCurrentIndex(std::max(0, filter->findData(chosen)));
}

} // namespace kanri::ui
