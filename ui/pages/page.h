#pragma once

#include <QWidget>

namespace kanri::ui {

// One page of the main window's navigation.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows what the cache holds now: when the page comes into view, and on F5 (where the
    // window also asks for a sync; every page reloads again when the workspace's sync applies
    // changes). Never asks for a sync itself.
    virtual void refresh() = 0;
    // Ctrl+F: puts the cursor in the page's search field; false when the page has none.
    virtual bool focusSearch() { return false; }

Q_SIGNALS:
    // Something on the page wants the window's attention: `count` follows the page's title
    // in the navigation and the status bar says `status` (0 and empty: nothing); `banner`
    // (empty: none) stands above every page.
    void attentionChanged(int count, const QString &status, const QString &banner);
};

} // namespace kanri::ui
