#pragma once

#include "domain/label.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace kanri::api {
class ApiClient;
class ApiRequest;
}

namespace kanri::ui {

// Defines a label or changes one: name, colour, level, description. Sends the change itself
// (POST, or PATCH with If-Match) and stays open with the service's reason when refused.
class LabelDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` absent: a new label.
    LabelDialog(api::ApiClient &client, std::optional<domain::Label> existing, QWidget *parent = nullptr);

Q_SIGNALS:
    void saved(const kanri::domain::Label &label);

private:
    void save();
    void showColor();
    void validate();

    api::ApiClient &m_client;
    std::optional<domain::Label> m_existing;
    QPointer<api::ApiRequest> m_request;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_color = nullptr;
    QPushButton *m_colorButton = nullptr;
    QComboBox *m_level = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace kanri::ui
