#include "dialogs/labeldialog.h"

#include "api/apiclient.h"
#include "pages/displaytext.h"
#include "pages/pageparts.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace kanri::ui {

LabelDialog::LabelDialog(api::ApiClient &client, std::optional<domain::Label> existing, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_existing(std::move(existing))
{
    setObjectName(QStringLiteral("labelDialog"));
    setWindowTitle(m_existing ? tr("Edit label") : tr("New label"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    form->addRow(tr("&Name:"), m_name);
    auto *colorRow = new QHBoxLayout;
    m_color = new QLineEdit(this);
    m_color->setObjectName(QStringLiteral("colorEdit"));
    m_color->setPlaceholderText(QStringLiteral("#D93025"));
    m_color->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#[0-9A-Fa-f]{0,6}")), m_color));
    m_colorButton = new QPushButton(tr("C&hoose…"), this);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_colorButton);
    form->addRow(tr("&Colour:"), colorRow);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    for (domain::LabelLevel level : {domain::LabelLevel::Public, domain::LabelLevel::Internal,
                                     domain::LabelLevel::Confidential, domain::LabelLevel::Secret})
        m_level->addItem(DisplayText::labelLevel(level), int(level));
    form->addRow(tr("&Level:"), m_level);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form->addRow(tr("&Description:"), m_description);
    m_message = messageLine("messageLabel", this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    if (m_existing) {
        m_name->setText(m_existing->name);
        m_color->setText(m_existing->color.toUpper());
        m_level->setCurrentIndex(m_level->findData(int(m_existing->level)));
        m_description->setPlainText(m_existing->description);
    } else {
        m_color->setText(QStringLiteral("#1A73E8"));
        m_level->setCurrentIndex(m_level->findData(int(domain::LabelLevel::Internal)));
    }
    connect(m_name, &QLineEdit::textChanged, this, &LabelDialog::validate);
    connect(m_color, &QLineEdit::textChanged, this, &LabelDialog::validate);
    connect(m_colorButton, &QPushButton::clicked, this, &LabelDialog::showColor);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LabelDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void LabelDialog::validate()
{
    const bool colorOk = domain::isHexColor(m_color->text());
    QPalette palette = m_colorButton->palette();
    palette.setColor(QPalette::Button, colorOk ? QColor(m_color->text()) : palette.color(QPalette::Window));
    m_colorButton->setPalette(palette);
    m_colorButton->setAutoFillBackground(colorOk);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty() && colorOk && !m_request);
}

void LabelDialog::showColor()
{
    auto *dialog = new QColorDialog(QColor(m_color->text()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &color) { m_color->setText(color.name(QColor::HexRgb).toUpper()); });
    dialog->open();
}

void LabelDialog::save()
{
    const QString name = m_name->text().trimmed();
    const QString color = m_color->text().toUpper();
    const auto level = domain::LabelLevel(m_level->currentData().toInt());
    const QString description = m_description->toPlainText().trimmed();
    api::TypedRequest<domain::Label> *request = nullptr;
    if (m_existing) {
        domain::LabelUpdate update;
        if (name != m_existing->name)
            update.name = name;
        if (color.compare(m_existing->color, Qt::CaseInsensitive) != 0)
            update.color = color;
        if (level != m_existing->level)
            update.level = level;
        if (description != m_existing->description)
            update.description = description;
        request = m_client.patch<domain::Label>(QStringLiteral("/labels/") + m_existing->id, update.toJson(),
                                                '"' + m_existing->etag.toUtf8() + '"');
    } else {
        domain::LabelCreate create{name, color, level, description.isEmpty() ? std::nullopt : std::optional(description)};
        request = m_client.post<domain::Label>(QStringLiteral("/labels"), create.toJson(), api::ApiClient::newIdempotencyKey());
    }
    m_request = request;
    showMessage(m_message, tr("Saving…"), false);
    validate();
    connect(request, &api::ApiRequest::finished, this, [this, request] {
        m_request = nullptr;
        if (const auto &error = request->error()) {
            showMessage(m_message, error->message(), true);
            validate();
            return;
        }
        Q_EMIT saved(request->result());
        accept();
    });
}

} // namespace kanri::ui
