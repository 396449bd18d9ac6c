#include "dialogs/connectiondialog.h"

#include "dialogs/certificatedialog.h"
#include "ui_connectiondialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace kanri::ui {

ConnectionDialog::ConnectionDialog(profile::ProfileStore &profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kanri.svg")));
    m_connect = m_ui->buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    QPushButton *quit = m_ui->buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    m_ui->messageLabel->setVisible(false);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ConnectionDialog::showProfile);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ConnectionDialog::newProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_ui->forgetPinButton, &QPushButton::clicked, this, &ConnectionDialog::forgetPin);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &ConnectionDialog::startDemo);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToProfile);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);

    reload(profiles.lastUsed());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::reload(const QString &selectName)
{
    m_list = m_profiles.profiles();
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    int selected = m_list.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_list.size(); ++i) {
        const profile::ConnectionProfile &p = m_list.at(i);
        auto *item = new QListWidgetItem(p.name, m_ui->profileList);
        item->setToolTip(p.demo ? tr("Local demo service") : p.url.toString());
        if (p.name == selectName)
            selected = i;
    }
    m_ui->profileList->setCurrentRow(selected);
    showProfile(selected);
}

void ConnectionDialog::select(const QString &name)
{
    reload(name);
}

void ConnectionDialog::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void ConnectionDialog::showProfile(int row)
{
    const profile::ConnectionProfile p = row >= 0 && row < m_list.size() ? m_list.at(row)
                                                                          : profile::ConnectionProfile{};
    m_editing = p.name;
    m_pin = p.pin;
    m_demoProfileShown = p.demo;
    m_ui->nameEdit->setText(p.name);
    m_ui->urlEdit->setText(p.demo ? tr("(started by Kanri on this computer)") : p.url.toString());
    m_ui->urlEdit->setEnabled(!p.demo);
    m_ui->loginEdit->setText(p.login);
    m_ui->pinValue->setText(p.pin.isEmpty()
                                ? tr("Verified by a certificate authority")
                                : tr("Pinned: %1").arg(CertificateDialog::groupedFingerprint(p.pin)));
    m_ui->forgetPinButton->setVisible(!p.pin.isEmpty() && !p.demo);
    m_ui->deleteButton->setEnabled(row >= 0);
    showMessage({});
}

void ConnectionDialog::newProfile()
{
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->setCurrentRow(-1);
    showProfile(-1);
    m_ui->nameEdit->setFocus();
}

void ConnectionDialog::deleteProfile()
{
    if (m_editing.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete connection"),
        tr("Delete the connection “%1”? Its address and approved certificate are forgotten; "
           "nothing changes on the service.")
            .arg(m_editing),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_profiles.remove(m_editing);
    reload({});
}

void ConnectionDialog::forgetPin()
{
    const auto answer = QMessageBox::warning(
        this, tr("Forget the approved certificate"),
        tr("Forget the certificate approved for “%1”? The next connection shows the service's "
           "certificate again; approve it only if its fingerprint is the one your service "
           "administrator gave you.")
            .arg(m_editing),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_pin.clear();
    if (auto saved = m_profiles.find(m_editing)) {
        saved->pin.clear();
        m_profiles.save(*saved);
    }
    reload(m_editing);
}

profile::ConnectionProfile ConnectionDialog::editedProfile() const
{
    profile::ConnectionProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.login = m_ui->loginEdit->text().trimmed();
    p.demo = m_demoProfileShown;
    if (!p.demo) {
        QString address = m_ui->urlEdit->text().trimmed();
        if (!address.isEmpty() && !address.contains(u"://"))
            address.prepend(QStringLiteral("https://"));
        p.url = QUrl(address, QUrl::StrictMode);
    }
    // The approval belongs to the address it was given for.
    const auto saved = m_profiles.find(m_editing);
    if (saved && saved->url == p.url)
        p.pin = m_pin;
    if (saved)
        p.rememberSession = saved->rememberSession;
    return p;
}

void ConnectionDialog::connectToProfile()
{
    profile::ConnectionProfile p = editedProfile();
    if (const QString problem = p.problem(); !problem.isEmpty()) {
        showMessage(problem);
        return;
    }
    if (p.name != m_editing && m_profiles.find(p.name)) {
        showMessage(tr("A connection called “%1” already exists. Choose another name.").arg(p.name));
        return;
    }
    if (p.demo) {
        startDemo();
        return;
    }
    m_profiles.replace(m_editing.isEmpty() ? p.name : m_editing, p);
    m_profiles.setLastUsed(p.name);
    m_chosen = p;
    m_demoRequested = false;
    accept();
}

void ConnectionDialog::startDemo()
{
    m_chosen = m_profiles.find(profile::ProfileStore::kDemoProfileName).value_or(profile::ConnectionProfile{});
    m_demoRequested = true;
    accept();
}

} // namespace kanri::ui
