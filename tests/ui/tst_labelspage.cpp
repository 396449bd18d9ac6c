// The labels page against a real kanri-service (demo data): define a label, put it on two
// projects at once, filter by it, change it (If-Match, and a stale copy refused), delete it
// after a confirmation that counts its folders and projects; what an administrator and an
// offline console may do. Every change is checked on the service, then in the synced page.
#include "commands/labelcommands.h"
#include "dialogs/labeldialog.h"
#include "pages/labelspage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace kanri;

class TestLabelsPage : public QObject
{
    Q_OBJECT

    test::WorkspaceFixture m_ws;
    QString m_token;
    std::unique_ptr<ui::LabelsPage> m_page;
    QString m_labelId;

    QJsonObject serviceLabel(const QString &id)
    {
        const test::HttpAnswer a = m_ws.service().get(QStringLiteral("/labels/") + id, m_token);
        return a.status == 200 ? a.json() : QJsonObject();
    }

    QTreeView *assetView() const { return m_page->findChild<QTreeView *>(QStringLiteral("assetView")); }
    QComboBox *filter() const { return m_page->findChild<QComboBox *>(QStringLiteral("labelFilter")); }

    // Waits for the sync the page asked for after its change (or runs one).
    bool synced() { return m_ws.sync(); }

    void fillDialog(const QString &name, const QString &color, int levelIndex, const QString &description)
    {
        ui::LabelDialog *dialog = m_page->labelDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        nameEdit->setText(name); // keyClicks types ASCII only
        auto *colorEdit = dialog->findChild<QLineEdit *>(QStringLiteral("colorEdit"));
        colorEdit->clear();
        QTest::keyClicks(colorEdit, color);
        dialog->findChild<QComboBox *>(QStringLiteral("levelCombo"))->setCurrentIndex(levelIndex);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"))->setPlainText(description);
    }

    QToolButton *undoButton() const { return m_page->findChild<QToolButton *>(QStringLiteral("undoButton")); }

private Q_SLOTS:
    void initTestCase()
    {
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        m_page = std::make_unique<ui::LabelsPage>(m_ws.workspace());
        m_page->resize(1200, 700);
        m_page->show();
    }

    void cleanupTestCase() { m_page.reset(); }

    void definesALabel()
    {
        QVERIFY(!m_page->commands().edit->isEnabled()); // nothing chosen yet
        QVERIFY(m_page->commands().create->isEnabled());
        m_page->commands().create->trigger();
        fillDialog(QStringLiteral("監査対象"), QStringLiteral("#12AB34"), 3, QStringLiteral("ISMS 監査で見せるもの"));
        test::saveScreenshot(*m_page->labelDialog(), QStringLiteral("label-dialog-en"));
        m_page->labelDialog()->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->labelDialog(), 30'000);
        QVERIFY(synced());

        const QJsonArray labels = m_ws.service().get(QStringLiteral("/labels?limit=1000"), m_token).json()
                                      .value(QStringLiteral("items")).toArray();
        for (const QJsonValue &l : labels)
            if (l[QStringLiteral("name")].toString() == QStringLiteral("監査対象"))
                m_labelId = l[QStringLiteral("id")].toString();
        QVERIFY(!m_labelId.isEmpty());
        const QJsonObject label = serviceLabel(m_labelId);
        QCOMPARE(label.value(QStringLiteral("level")).toString(), QStringLiteral("secret"));
        QCOMPARE(label.value(QStringLiteral("color")).toString().toUpper(), QStringLiteral("#12AB34"));
        QCOMPARE(label.value(QStringLiteral("description")).toString(), QStringLiteral("ISMS 監査で見せるもの"));
        QVERIFY(m_page->chooseLabel(m_labelId));
        QCOMPARE(m_page->chosenLabel()->name, QStringLiteral("監査対象"));
        auto *labelView = m_page->findChild<QTreeView *>(QStringLiteral("labelView"));
        const QModelIndex level = labelView->currentIndex().siblingAtColumn(2);
        QCOMPARE(level.data().toString(), QStringLiteral("Secret"));
    }

    void putsItOnTwoProjectsAndFiltersByIt()
    {
        QVERIFY(m_page->chooseLabel(m_labelId));
        filter()->setCurrentIndex(0);
        auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("assetSearch"));
        search->setText(QStringLiteral("点検"));
        QVERIFY(assetView()->model()->rowCount() >= 2);
        QVERIFY(!m_page->commands().assign->isEnabled()); // no folder or project selected
        assetView()->selectionModel()->select(assetView()->model()->index(0, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        assetView()->selectionModel()->select(assetView()->model()->index(1, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList chosen{assetView()->model()->index(0, 0).data(Qt::UserRole + 1).toString(),
                                 assetView()->model()->index(1, 0).data(Qt::UserRole + 1).toString()};
        QVERIFY(m_page->commands().assign->isEnabled());
        m_page->commands().assign->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(test::textOf(*m_page, "labelStatus").contains(QStringLiteral("was put on 2")), 30'000);
        QCOMPARE(undoButton()->isVisible(), true);
        QCOMPARE(undoButton()->toolTip(), QStringLiteral("Take “監査対象” off the 2 folders and projects again"));
        QVERIFY(synced());

        const QJsonArray uses = m_ws.service().get(QStringLiteral("/label-assignments?label_id=") + m_labelId, m_token)
                                    .json().value(QStringLiteral("items")).toArray();
        QStringList targets;
        for (const QJsonValue &u : uses)
            targets.append(u[QStringLiteral("target")][QStringLiteral("id")].toString());
        targets.sort();
        QStringList expected = chosen;
        expected.sort();
        QCOMPARE(targets, expected);

        search->clear();
        filter()->setCurrentIndex(filter()->findData(m_labelId));
        QCOMPARE(assetView()->model()->rowCount(), 2);
        QCOMPARE(test::textOf(*m_page, "pageSummary"), QStringLiteral("2 folders and projects carry “監査対象”."));
        QVERIFY(assetView()->model()->index(0, 3).data().toString().contains(QStringLiteral("監査対象")));
        test::saveScreenshot(*m_page, QStringLiteral("labels-en"));
    }

    void changesItWithIfMatch()
    {
        // Someone else changes the label first: the page's copy is stale and refused.
        const QJsonObject now = serviceLabel(m_labelId);
        QCOMPARE(m_ws.service().send("PATCH", QStringLiteral("/labels/") + m_labelId,
                                     {{QStringLiteral("description"), QStringLiteral("別の管理者が変更")}}, m_token,
                                     {{"If-Match", '"' + now.value(QStringLiteral("etag")).toString().toUtf8() + '"'}})
                     .status,
                 200);
        QVERIFY(m_page->chooseLabel(m_labelId));
        m_page->commands().edit->trigger();
        QCOMPARE(m_page->labelDialog()->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("監査対象"));
        fillDialog(QStringLiteral("監査対象（外部）"), QStringLiteral("#12AB34"), 2, QStringLiteral("ISMS"));
        m_page->labelDialog()->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!test::textOf(*m_page->labelDialog(), "messageLabel").startsWith(QStringLiteral("Saving")), 30'000);
        QVERIFY(m_page->labelDialog()->isVisible());
        QCOMPARE(serviceLabel(m_labelId).value(QStringLiteral("name")).toString(), QStringLiteral("監査対象"));
        m_page->labelDialog()->reject();
        QTRY_VERIFY(!m_page->labelDialog());

        // After a sync the page has the current copy, and the change goes through.
        QVERIFY(synced());
        QVERIFY(m_page->chooseLabel(m_labelId));
        m_page->commands().edit->trigger();
        fillDialog(QStringLiteral("監査対象（外部）"), QStringLiteral("#12AB34"), 2, QStringLiteral("ISMS"));
        m_page->labelDialog()->findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->labelDialog(), 30'000);
        const QJsonObject changed = serviceLabel(m_labelId);
        QCOMPARE(changed.value(QStringLiteral("name")).toString(), QStringLiteral("監査対象（外部）"));
        QCOMPARE(changed.value(QStringLiteral("level")).toString(), QStringLiteral("confidential"));
        QVERIFY(!undoButton()->isVisible()); // an edit of the label is not undone from the page
        QVERIFY(synced());
    }

    void deletesItAfterAConfirmationThatCounts()
    {
        QVERIFY(m_page->chooseLabel(m_labelId));
        m_page->commands().remove->trigger();
        QMessageBox *confirm = m_page->confirmation();
        QVERIFY(confirm && confirm->isVisible());
        QCOMPARE(confirm->informativeText(),
                 QStringLiteral("2 folders and projects carry it and will lose it. This cannot be undone."));
        test::saveScreenshot(*confirm, QStringLiteral("label-delete-en"));
        confirm->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(test::textOf(*m_page, "labelStatus").contains(QStringLiteral("was deleted")), 30'000);
        QCOMPARE(m_ws.service().get(QStringLiteral("/labels/") + m_labelId, m_token).status, 404);
        QCOMPARE(m_ws.service().get(QStringLiteral("/label-assignments?label_id=") + m_labelId, m_token)
                     .json().value(QStringLiteral("items")).toArray().size(),
                 0);
        QVERIFY(synced());
        QVERIFY(!m_page->chooseLabel(m_labelId));
        QCOMPARE(filter()->findData(m_labelId), -1);
    }

    void offlineDisablesEveryChange()
    {
        m_ws.workspace().setOnline(false);
        for (ui::LabelCommand *command : m_page->commands().all()) {
            QVERIFY(!command->isEnabled());
            QCOMPARE(command->toolTip(), session::Workspace::offlineReason());
        }
        auto *undo = m_page->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->toolTip(), session::Workspace::offlineReason());
        m_ws.workspace().setOnline(true);
        QVERIFY(m_page->commands().create->isEnabled());
    }

    void japaneseScreen()
    {
        test::useLanguage(QStringLiteral("ja"));
        m_page = std::make_unique<ui::LabelsPage>(m_ws.workspace());
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(filter()->count() > 1);
        filter()->setCurrentIndex(1);
        QVERIFY(m_page->chooseLabel(filter()->itemData(1).toString()));
        test::saveScreenshot(*m_page, QStringLiteral("labels-ja"));
        test::useLanguage(QStringLiteral("en"));
    }

    void administratorsDoNotDefineLabels()
    {
        m_page.reset();
        QVERIFY(m_ws.open(QStringLiteral("kanri@demo.example")));
        m_page = std::make_unique<ui::LabelsPage>(m_ws.workspace());
        QVERIFY(!m_page->commands().create->isEnabled());
        QCOMPARE(m_page->commands().create->toolTip(), QStringLiteral("Only the contract administrator defines labels."));
    }
};

QTEST_MAIN(TestLabelsPage)
#include "tst_labelspage.moc"
