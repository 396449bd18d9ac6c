#pragma once

#include "accounts/accessmap.h"
#include "domain/domain.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kanri::ui {

// The selected user: profile, status, two-step sign-in, last sign-in, and every role
// assignment with its scope and operations (the per-user view of roles).
class UserDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit UserDetailPanel(QWidget *parent = nullptr);

    void showUser(const domain::User &user, const QList<domain::RoleAssignment> &assignments, const accounts::AccessMap &access);
    // Nothing or several selected.
    void showNone(int selected);

private:
    QLabel *m_heading;
    QLabel *m_profile;
    QTreeWidget *m_roles;
};

// "upload, download" in the UI language.
QString operationsText(const QList<domain::Operation> &operations);

} // namespace kanri::ui
