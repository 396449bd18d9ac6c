#include "itemmodels/labeltablemodel.h"

#include <QCollator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace kanri::itemmodels {

namespace {

enum LabelField { LId, LName, LColor, LLevel, LJson, LAssignments };

} // namespace

QStringList LabelTableModel::headers() const
{
    return {tr("Name"), tr("Colour"), tr("Level"), tr("Description"), tr("Folders and projects")};
}

std::optional<QList<qint64>> LabelTableModel::loadOrder(cache::Database &db)
{
    cache::Statement s(db, "SELECT rowid, name FROM labels");
    QList<std::pair<qint64, QString>> labels;
    while (s.next())
        labels.append({s.int64(0), s.text(1)});
    if (s.failed())
        return std::nullopt;
    const QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::stable_sort(labels.begin(), labels.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    QList<qint64> ids;
    for (const auto &label : std::as_const(labels))
        ids.append(label.first);
    return ids;
}

QByteArray LabelTableModel::rowSql() const
{
    return "SELECT l.rowid, l.id, l.name, l.color, l.level, l.json, "
           "(SELECT count(*) FROM label_assignments a WHERE a.label_id = l.id) "
           "FROM labels l WHERE l.rowid IN (%1)";
}

QVariant LabelTableModel::cell(const Row &row, int column, int role) const
{
    if (role == kIdRole)
        return row.at(LId);
    if (role == kColorRole)
        return row.at(LColor);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(column)) {
    case Column::Name:
        return row.at(LName);
    case Column::Color:
        return row.at(LColor);
    case Column::Level:
        return row.at(LLevel);
    case Column::Description:
        return QJsonDocument::fromJson(row.at(LJson).toString().toUtf8()).object().value(QStringLiteral("description")).toString();
    case Column::Assignments:
        return row.at(LAssignments);
    case Column::Count:
        break;
    }
    return {};
}

} // namespace kanri::itemmodels
