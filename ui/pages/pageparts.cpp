#include "pages/pageparts.h"

#include <QLabel>

namespace kanri::ui {

QLabel *pageHeading(const QString &title, QWidget *parent)
{
    auto *heading = new QLabel(title, parent);
    heading->setObjectName(QStringLiteral("pageHeading"));
    heading->setTextFormat(Qt::PlainText);
    setHeadingFont(heading);
    return heading;
}

void setHeadingFont(QLabel *label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
}

QLabel *messageLine(const char *objectName, QWidget *parent)
{
    auto *line = new QLabel(parent);
    line->setObjectName(QLatin1StringView(objectName));
    line->setWordWrap(true);
    line->hide();
    return line;
}

void showMessage(QLabel *line, const QString &text, bool failure)
{
    line->setText(text);
    line->setStyleSheet(failure ? QStringLiteral("color: #b00020;") : QString());
    line->setVisible(!text.isEmpty());
}

} // namespace kanri::ui
