#pragma once

#include "cache/cachekey.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kanri::ui {

// Asks for the offline cache's passphrase on a machine without a keychain: twice for a new
// cache. Declining keeps the cache in memory for this run.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(const cache::CachePassphraseProvider::Request &request, QWidget *parent = nullptr);

    QString passphrase() const;

private:
    void check();

    bool m_creating;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

// The console's CachePassphraseProvider: one window-modal PassphraseDialog per question.
class DialogPassphraseProvider : public cache::CachePassphraseProvider
{
public:
    void askPassphrase(const Request &request, QObject *context, Answer answer) override;
};

} // namespace kanri::ui
