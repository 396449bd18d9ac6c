#include "dialogs/passphrasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace kanri::ui {

namespace {

constexpr int kMinimumLength = 8;

} // namespace

PassphraseDialog::PassphraseDialog(const cache::CachePassphraseProvider::Request &request, QWidget *parent)
    : QDialog(parent)
    , m_creating(request.creating)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Offline cache passphrase"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(request.creating
                       ? tr("This computer has no keychain to keep the key of the offline cache of “%1”. "
                            "Choose a passphrase to encrypt it; you will be asked for it at every start. "
                            "Without one, the data is kept in memory only until Kanri closes.")
                             .arg(request.profile)
                       : tr("Enter the passphrase of the offline cache of “%1”. Without it, the saved data "
                            "stays locked on disk and this run keeps what it syncs in memory only.")
                             .arg(request.profile));
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_first);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("repeatEdit"));
    m_second->setEchoMode(QLineEdit::Password);
    if (request.creating)
        form->addRow(tr("&Repeat:"), m_second);
    else
        m_second->hide();
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setText(request.retry ? tr("That passphrase does not open the cache. Try again.") : QString());
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(request.creating ? tr("&Encrypt") : tr("&Open"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    QPushButton *memory = buttons->addButton(request.creating ? tr("Keep in &memory only") : tr("&Leave it locked"),
                                             QDialogButtonBox::RejectRole);
    memory->setObjectName(QStringLiteral("memoryButton"));
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(memory, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    check();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::check()
{
    if (!m_creating) {
        m_ok->setEnabled(!m_first->text().isEmpty());
        return;
    }
    QString problem;
    if (m_first->text().size() < kMinimumLength)
        problem = tr("At least %n characters.", nullptr, kMinimumLength);
    else if (m_first->text() != m_second->text())
        problem = tr("The two entries differ.");
    m_ok->setEnabled(problem.isEmpty());
    if (!m_first->text().isEmpty())
        m_message->setText(problem);
}

void DialogPassphraseProvider::askPassphrase(const Request &request, QObject *context, Answer answer)
{
    auto *dialog = new PassphraseDialog(request);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QObject> guard(context);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, guard, answer = std::move(answer)](int result) {
        if (!guard)
            return;
        answer(result == QDialog::Accepted ? std::optional<QString>(dialog->passphrase()) : std::nullopt);
    });
    dialog->open();
}

} // namespace kanri::ui
