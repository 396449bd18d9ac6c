#pragma once

namespace kanri::session {
class Workspace;
}

class QWidget;

namespace kanri::ui {

class Page;

// The pages of the navigation, one file each (dashboardpage.cpp, userspage.cpp, …).
Page *createDashboardPage(session::Workspace &workspace, QWidget *parent);
Page *createUsersPage(session::Workspace &workspace, QWidget *parent);
Page *createRolesPage(session::Workspace &workspace, QWidget *parent);
Page *createLabelsPage(session::Workspace &workspace, QWidget *parent);
Page *createLogExportsPage(session::Workspace &workspace, QWidget *parent);
Page *createNoticesPage(session::Workspace &workspace, QWidget *parent);

} // namespace kanri::ui
