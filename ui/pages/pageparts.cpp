#include "pages/pageparts.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

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

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QMessageBox *confirmDestructive(QWidget *parent, const Confirmation &confirmation, QObject *context,
                                std::function<void()> onYes)
{
    auto *box = new QMessageBox(confirmation.icon, confirmation.title, confirmation.text,
                                confirmation.keep.isEmpty() ? QMessageBox::Cancel : QMessageBox::NoButton, parent);
    box->setObjectName(QLatin1StringView(confirmation.objectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!confirmation.details.isEmpty())
        box->setInformativeText(confirmation.details);
    QPushButton *yes = box->addButton(confirmation.action, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    if (confirmation.keep.isEmpty())
        box->setDefaultButton(QMessageBox::Cancel);
    else
        box->setDefaultButton(box->addButton(confirmation.keep, QMessageBox::RejectRole));
    QObject::connect(yes, &QPushButton::clicked, context, std::move(onYes));
    box->open();
    return box;
}

} // namespace kanri::ui
