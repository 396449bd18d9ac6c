#pragma once

namespace kanri::session {
class ConsoleSession;
}

class QWidget;

namespace kanri::ui {

class Page;

// The pages of the navigation, each showing what the service holds now.
Page *createDashboardPage(session::ConsoleSession &session, QWidget *parent);
Page *createUsersPage(session::ConsoleSession &session, QWidget *parent);
Page *createRolesPage(session::ConsoleSession &session, QWidget *parent);
Page *createLabelsPage(session::ConsoleSession &session, QWidget *parent);
Page *createLogExportsPage(session::ConsoleSession &session, QWidget *parent);
Page *createNoticesPage(session::ConsoleSession &session, QWidget *parent);

} // namespace kanri::ui
