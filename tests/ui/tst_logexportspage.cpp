// The Log exports page against a real kanri-service (demo tenant, auto-approve on): an export
// ordered through the wizard only after its price is accepted, listed as it becomes ready,
// downloaded to a verified file; cancelling with a confirmation; offline and a plain
// administrator see the list with every action disabled and the reason.
#include "dialogs/logexportwizard.h"
#include "exports/logexporttablemodel.h"
#include "exports/logexportorders.h"
#include "pages/logexportspage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QTreeView>

using namespace kanri;
using exports::LogExportTableModel;
using test::textOf;

namespace {

int exportCount(test::ServiceFixture &service, const QString &token)
{
    return static_cast<int>(service.get(QStringLiteral("/log-exports?limit=1000"), token)
                                .json()
                                .value(QStringLiteral("items"))
                                .toArray()
                                .size());
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QAction *action(QWidget &page, const char *name)
{
    return page.findChild<QAction *>(QLatin1StringView(name));
}

} // namespace

class tst_LogExportsPage : public QObject
{
    Q_OBJECT

private:
    test::WorkspaceFixture m_ws;
    QTemporaryDir m_downloads;
    QString m_token;
    std::unique_ptr<ui::LogExportsPage> m_page;
    QString m_readyId;    // an export downloaded by orderAndDownload
    QString m_readyFile;  // and where

    void openPage()
    {
        m_page = std::make_unique<ui::LogExportsPage>(m_ws.workspace());
        m_page->watcher().setInterval(std::chrono::milliseconds(200));
        m_page->resize(1180, 560);
        m_page->show();
    }
    const LogExportTableModel &model() const
    {
        return *qobject_cast<const LogExportTableModel *>(
            m_page->findChild<QTreeView *>(QStringLiteral("logExportsView"))->model());
    }
    std::optional<domain::LogExportState> stateOf(const QString &id) const
    {
        const domain::LogExport *e = model().exportAt(model().rowOf(id));
        return e ? std::optional(e->state) : std::nullopt;
    }
    bool setAutoApprove(bool on)
    {
        QProcess vendor;
        vendor.start(service::LocalService::findExecutable(),
                     {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("--slug"),
                      QStringLiteral("demo"), QStringLiteral("--auto-approve"),
                      on ? QStringLiteral("on") : QStringLiteral("off"), QStringLiteral("--data-dir"),
                      m_ws.service().dataDir()});
        return vendor.waitForFinished(60'000) && vendor.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_page.reset(); }

    void orderAndDownload_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }
    void orderAndDownload()
    {
        QFETCH(QString, language);
        test::useLanguage(language);
        openPage();
        const int before = exportCount(m_ws.service(), m_token);
        QAction *request = action(*m_page, "requestExportAction");
        QVERIFY(request->isEnabled());
        request->trigger();
        QPointer<ui::LogExportWizard> wizard = test::visibleTopLevel<ui::LogExportWizard>();
        QVERIFY(wizard);
        QVERIFY(wizard->findChild<QWidget *>(QStringLiteral("pathPrefixEdit"))->isEnabled());
        test::saveScreenshot(*wizard, QStringLiteral("logexport-wizard-parameters-") + language);

        wizard->next();
        auto *price = wizard->findChild<QLabel *>(QStringLiteral("quotePrice"));
        QTRY_VERIFY_WITH_TIMEOUT(!price->text().isEmpty(), 30'000);
        QVERIFY2(price->text().contains(QStringLiteral(",000")), qPrintable(price->text())); // yen
        QAbstractButton *finish = wizard->button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled()); // not before the fee is accepted
        auto *accept = wizard->findChild<QCheckBox *>(QStringLiteral("acceptFeeCheck"));
        QVERIFY(accept->text().contains(price->text()));
        accept->setChecked(true);
        QVERIFY(finish->isEnabled());
        test::saveScreenshot(*wizard, QStringLiteral("logexport-wizard-quote-") + language);
        finish->click();
        finish->click(); // a double click orders once
        // While the order is on its way the wizard cannot be left: the order would be billed
        // with nobody there to see it.
        QVERIFY(wizard->isVisible());
        test::saveScreenshot(*wizard, QStringLiteral("logexport-wizard-ordering-") + language);
        QVERIFY(!wizard->button(QWizard::CancelButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled()); // going back would abort the order
        QVERIFY(!accept->isEnabled());
        QTest::keyClick(wizard, Qt::Key_Escape);
        wizard->reject();
        QVERIFY(wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), 30'000);
        QCOMPARE(exportCount(m_ws.service(), m_token), before + 1);

        // Polled while pending, then synced: the new export shows up ready.
        QTRY_VERIFY_WITH_TIMEOUT(model().rowCount() == before + 1, 30'000);
        const QString id = model().exportAt(0)->id;
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == domain::LogExportState::Ready, 60'000);
        m_page->selectExport(id);
        QAction *download = action(*m_page, "downloadExportAction");
        QVERIFY(download->isEnabled());
        download->trigger();
        auto *save = test::visibleTopLevel<QFileDialog>();
        QVERIFY(save);
        const QString path = m_downloads.filePath(QStringLiteral("export-%1.csv.gz").arg(language));
        save->selectFile(path);
        static_cast<QDialog *>(save)->accept(); // QFileDialog's own accept() reads the name
        exports::ExportDownload *d = m_page->downloadOf(id);
        QVERIFY(d);
        QTRY_VERIFY_WITH_TIMEOUT(d->state() == exports::ExportDownload::State::Completed, 30'000);
        const domain::LogExport &e = *model().exportAt(model().rowOf(id));
        QCOMPARE(sha256Of(path), *e.sha256);
        QCOMPARE(QFileInfo(path).size(), *e.size);
        QVERIFY(!QFile::exists(exports::ExportDownload::partPath(path)));
        QVERIFY(textOf(*m_page, "downloadDetail").contains(*e.sha256));

        QString opened;
        m_page->setFolderOpener([&](const QString &folder) { opened = folder; });
        QAction *show = action(*m_page, "showInFolderAction");
        QVERIFY(show->isEnabled());
        show->trigger();
        QCOMPARE(opened, QFileInfo(path).absolutePath());
        m_readyId = id;
        m_readyFile = path;
        test::saveScreenshot(*m_page, QStringLiteral("logexports-page-") + language);
        test::useLanguage(QStringLiteral("en"));
    }

    void downloadLeftByAnEarlierRunIsResumed()
    {
        QVERIFY(!m_readyId.isEmpty());
        QFile whole(m_readyFile);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        // As a console closed mid-download leaves it: half the file, and the page's note of it.
        const QString path = m_downloads.filePath(QStringLiteral("resumed.csv.gz"));
        QFile part(exports::ExportDownload::partPath(path));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bytes.left(bytes.size() / 2));
        part.close();
        exports::ExportsCache(m_ws.workspace().cacheConnection()).rememberDownload(m_readyId, path);

        openPage();
        m_page->selectExport(m_readyId);
        exports::ExportDownload *d = m_page->downloadOf(m_readyId);
        QVERIFY(d);
        QCOMPARE(d->received(), bytes.size() / 2);
        QAction *resume = action(*m_page, "pauseResumeAction");
        QVERIFY(resume->isEnabled());
        QVERIFY(resume->text().contains(QStringLiteral("Resume")));
        QVERIFY(textOf(*m_page, "downloadDetail").contains(QStringLiteral("resume")));
        resume->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(d->state() == exports::ExportDownload::State::Completed, 30'000);
        QFile done(path);
        QVERIFY(done.open(QIODevice::ReadOnly));
        QCOMPARE(done.readAll(), bytes);
        QVERIFY(!exports::ExportsCache(m_ws.workspace().cacheConnection()).rememberedDownload(m_readyId));
    }

    void cancelAsksFirst()
    {
        QVERIFY(setAutoApprove(false));
        const QJsonObject body{{QStringLiteral("log_type"), QStringLiteral("operation")},
                               {QStringLiteral("from"), QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate)},
                               {QStringLiteral("to"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
                               {QStringLiteral("format"), QStringLiteral("jsonl")}};
        const test::HttpAnswer quote = m_ws.service().post(QStringLiteral("/log-exports/quote"), body, m_token);
        QCOMPARE(quote.status, 200);
        QJsonObject order = body;
        order.insert(QStringLiteral("quote_id"), quote.json().value(QStringLiteral("quote_id")));
        const test::HttpAnswer created = m_ws.service().post(
            QStringLiteral("/log-exports"), order, m_token,
            {{QByteArrayLiteral("Idempotency-Key"), api::ApiClient::newIdempotencyKey()}});
        QCOMPARE(created.status, 201);
        QVERIFY(setAutoApprove(true));
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(m_ws.sync());
        openPage();
        m_page->selectExport(id);
        QCOMPARE(stateOf(id), domain::LogExportState::Requested);
        QVERIFY(!action(*m_page, "downloadExportAction")->isEnabled());
        QAction *cancel = action(*m_page, "cancelExportAction");
        QVERIFY(cancel->isEnabled());

        cancel->trigger();
        auto *box = test::visibleTopLevel<QMessageBox>();
        QVERIFY(box);
        test::saveScreenshot(*box, QStringLiteral("logexport-cancel-en"));
        QAbstractButton *keep = nullptr;
        QAbstractButton *confirm = nullptr;
        for (QAbstractButton *b : box->buttons())
            (box->buttonRole(b) == QMessageBox::DestructiveRole ? confirm : keep) = b;
        QVERIFY(keep && confirm);
        keep->click();
        QTest::qWait(300);
        QCOMPARE(m_ws.service().get(QStringLiteral("/log-exports/") + id, m_token).json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("requested"));

        cancel->trigger();
        box = test::visibleTopLevel<QMessageBox>();
        QVERIFY(box);
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == domain::LogExportState::Cancelled, 30'000);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(textOf(*m_page, "exportsMessage").contains(QStringLiteral("cancelled")));
    }

    void offlineShowsTheListWithActionsDisabled()
    {
        openPage();
        QVERIFY(model().rowCount() > 0);
        m_ws.workspace().setOnline(false);
        QVERIFY(model().rowCount() > 0);
        m_page->selectExport(model().exportAt(0)->id);
        for (const char *name : {"requestExportAction", "cancelExportAction", "downloadExportAction",
                                 "pauseResumeAction"}) {
            QAction *a = action(*m_page, name);
            QVERIFY2(!a->isEnabled(), name);
            QCOMPARE(a->toolTip(), session::Workspace::offlineReason());
        }
        QCOMPARE(textOf(*m_page, "exportsNote"), session::Workspace::offlineReason());
        QVERIFY(!m_page->watcher().isWatching());
        m_ws.workspace().setOnline(true);
        QVERIFY(action(*m_page, "requestExportAction")->isEnabled());
    }

    void administratorSeesWhyNot()
    {
        QVERIFY(m_ws.open(QStringLiteral("kanri@demo.example")));
        openPage();
        QVERIFY(model().rowCount() > 0); // administrators may see the exports
        m_page->selectExport(model().exportAt(0)->id);
        QAction *request = action(*m_page, "requestExportAction");
        QVERIFY(!request->isEnabled());
        QVERIFY(request->toolTip().contains(QStringLiteral("contract administrator")));
        QVERIFY(!action(*m_page, "downloadExportAction")->isEnabled());
        QVERIFY(textOf(*m_page, "exportsNote").contains(QStringLiteral("contract administrator")));
    }
};

QTEST_MAIN(tst_LogExportsPage)
#include "tst_logexportspage.moc"
