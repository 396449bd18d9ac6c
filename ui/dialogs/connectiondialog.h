#pragma once

#include "profile/profile.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConnectionDialog;
}

namespace kanri::ui {

// Chooses, adds, edits and deletes connection profiles, or asks for the built-in demo
// service. Accepted: chosenProfile() is the profile to connect to, saved.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(profile::ProfileStore &profiles, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    const profile::ConnectionProfile &chosenProfile() const { return m_chosen; }
    bool demoRequested() const { return m_demoRequested; }
    // Selects the profile called `name` (e.g. the last used).
    void select(const QString &name);
    // A message above the buttons, e.g. why the last connection failed.
    void showMessage(const QString &message);

private:
    void reload(const QString &selectName);
    void showProfile(int row);
    void newProfile();
    void deleteProfile();
    void forgetPin();
    void connectToProfile();
    void startDemo();
    profile::ConnectionProfile editedProfile() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    profile::ProfileStore &m_profiles;
    QList<profile::ConnectionProfile> m_list;
    QString m_editing; // name of the profile shown in the form; empty for a new one
    QString m_pin;     // pin of the profile shown
    bool m_demoProfileShown = false;
    profile::ConnectionProfile m_chosen;
    bool m_demoRequested = false;
    QPushButton *m_connect = nullptr;
};

} // namespace kanri::ui
