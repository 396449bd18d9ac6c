// The roles & access tree with labels against a real kanri-service (demo data): the labels each
// folder and project carries, the tree filtered by a label (the nodes carrying it and the
// folders above them), a label put on two nodes at once and taken off again from the tree,
// each change checked on the service and then in the synced tree; offline, no label changes.
#include "commands/labelcommands.h"
#include "itemmodels/labelledassetmodel.h"
#include "pages/rolespage.h"
#include "uitesthelpers.h"
#include "workspacefixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QToolButton>
#include <QTreeWidget>

using namespace kanri;

namespace {

constexpr int kIdRole = Qt::UserRole + 1; // the scope id of a tree node

} // namespace

class TestRolesPage : public QObject
{
    Q_OBJECT

    test::WorkspaceFixture m_ws;
    QString m_token;
    std::unique_ptr<ui::RolesPage> m_page;
    QString m_labelId; // defined by this test, carried by nothing at first

    QTreeWidget *tree() const { return m_page->findChild<QTreeWidget *>(QStringLiteral("scopeTree")); }
    QComboBox *filter() const { return m_page->findChild<QComboBox *>(QStringLiteral("treeLabelFilter")); }

    QTreeWidgetItem *node(const QString &id) const
    {
        for (QTreeWidgetItemIterator it(tree()); *it; ++it)
            if ((*it)->data(0, kIdRole).toString() == id)
                return *it;
        return nullptr;
    }

    // Whether a node below `item` carries the label (one of `carrying`).
    static bool carriesBelow(const QTreeWidgetItem *item, const QStringList &carrying)
    {
        for (int i = 0; i < item->childCount(); ++i)
            if (carrying.contains(item->child(i)->data(0, kIdRole).toString()) || carriesBelow(item->child(i), carrying))
                return true;
        return false;
    }

    // The targets carrying `labelId` on the service.
    QStringList serviceTargets(const QString &labelId)
    {
        const QJsonArray uses = m_ws.service().get(QStringLiteral("/label-assignments?limit=1000&label_id=") + labelId, m_token)
                                    .json().value(QStringLiteral("items")).toArray();
        QStringList targets;
        for (const QJsonValue &u : uses)
            targets.append(u[QStringLiteral("target")][QStringLiteral("id")].toString());
        targets.sort();
        return targets;
    }

    // Chooses `name` in the open label chooser and accepts it.
    void answerChooser(const QString &name)
    {
        QInputDialog *chooser = m_page->labelChooser();
        QVERIFY(chooser && chooser->isVisible());
        QVERIFY(chooser->comboBoxItems().contains(name));
        chooser->setTextValue(name);
        chooser->accept();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useLanguage(QStringLiteral("en"));
        QVERIFY(m_ws.open(QStringLiteral("keiyaku@demo.example")));
        m_token = m_ws.service().signIn(QStringLiteral("keiyaku@demo.example"));
        m_page = std::make_unique<ui::RolesPage>(m_ws.workspace(), nullptr);
        m_page->resize(1300, 760);
        m_page->show();
    }

    void cleanupTestCase() { m_page.reset(); }

    void showsTheLabelsOfEachNode()
    {
        const QJsonArray uses = m_ws.service().get(QStringLiteral("/label-assignments?limit=1"), m_token)
                                    .json().value(QStringLiteral("items")).toArray();
        QVERIFY2(!uses.isEmpty(), "the demo data carries labels");
        const QString target = uses.at(0)[QStringLiteral("target")][QStringLiteral("id")].toString();
        const QString labelId = uses.at(0)[QStringLiteral("label_id")].toString();
        const QString name = m_ws.service().get(QStringLiteral("/labels/") + labelId, m_token).json()
                                 .value(QStringLiteral("name")).toString();
        QTreeWidgetItem *item = node(target);
        QVERIFY(item);
        QVERIFY2(item->text(1).split(QStringLiteral(", ")).contains(name), qPrintable(item->text(1)));
        const auto tags = item->data(1, itemmodels::LabelledAssetModel::kTagsRole).value<QList<itemmodels::LabelTag>>();
        QVERIFY(std::any_of(tags.cbegin(), tags.cend(), [&](const itemmodels::LabelTag &t) {
            return t.id == labelId && QColor::isValidColorName(t.color);
        }));
    }

    void filtersTheTreeByALabel()
    {
        QVERIFY(filter()->count() > 1);
        filter()->setCurrentIndex(1);
        const QString labelId = filter()->currentData().toString();
        const QStringList carrying = serviceTargets(labelId);
        QVERIFY(!carrying.isEmpty());
        QStringList shownCarrying;
        int hidden = 0;
        for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
            QTreeWidgetItem *item = *it;
            const QString id = item->data(0, kIdRole).toString();
            if (item->isHidden()) {
                ++hidden;
                QVERIFY(!carrying.contains(id));
                continue;
            }
            if (carrying.contains(id)) {
                shownCarrying << id;
                continue;
            }
            // Shown without the label: a folder above a node that carries it.
            QVERIFY2(carriesBelow(item, carrying), qPrintable(item->text(0)));
        }
        shownCarrying.sort();
        QCOMPARE(shownCarrying, carrying);
        QVERIFY(hidden > 0);
        filter()->setCurrentIndex(0);
        for (QTreeWidgetItemIterator it(tree()); *it; ++it)
            QVERIFY(!(*it)->isHidden());
    }

    void putsALabelOnTwoNodesAndTakesItOff()
    {
        const test::HttpAnswer created = m_ws.service().post(
            QStringLiteral("/labels"),
            {{QStringLiteral("name"), QStringLiteral("棚卸し")}, {QStringLiteral("color"), QStringLiteral("#1E88E5")},
             {QStringLiteral("level"), QStringLiteral("internal")}},
            m_token);
        QCOMPARE(created.status, 201);
        m_labelId = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(m_ws.sync());

        // Two nodes: the first folder and a project.
        QString folder, project;
        for (QTreeWidgetItemIterator it(tree()); *it; ++it) {
            const QString text = (*it)->text(0);
            if (folder.isEmpty() && !text.endsWith(QStringLiteral("(project)")))
                folder = (*it)->data(0, kIdRole).toString();
            if (project.isEmpty() && text.endsWith(QStringLiteral("(project)")))
                project = (*it)->data(0, kIdRole).toString();
        }
        QVERIFY(!folder.isEmpty() && !project.isEmpty());
        QVERIFY(m_page->selectNodes({folder, project}));
        QCOMPARE(tree()->selectedItems().size(), 2);
        QVERIFY(m_page->labelCommands().put->isEnabled());
        m_page->labelCommands().put->trigger();
        answerChooser(QStringLiteral("棚卸し"));
        QTRY_VERIFY_WITH_TIMEOUT(test::textOf(*m_page, "actionMessage").contains(QStringLiteral("was put on 2")), 30'000);
        QStringList expected{folder, project};
        expected.sort();
        QCOMPARE(serviceTargets(m_labelId), expected);

        QVERIFY(m_ws.sync());
        QVERIFY(node(folder)->text(1).split(QStringLiteral(", ")).contains(QStringLiteral("棚卸し")));
        QVERIFY(node(project)->text(1).split(QStringLiteral(", ")).contains(QStringLiteral("棚卸し")));
        filter()->setCurrentIndex(filter()->findData(m_labelId));
        QVERIFY(!node(folder)->isHidden() && !node(project)->isHidden());
        test::saveScreenshot(*m_page, QStringLiteral("roles-labels-en"));
        filter()->setCurrentIndex(0);

        QVERIFY(m_page->selectNodes({folder, project}));
        QVERIFY(m_page->labelCommands().takeOff->isEnabled());
        m_page->labelCommands().takeOff->trigger();
        answerChooser(QStringLiteral("棚卸し"));
        QTRY_VERIFY_WITH_TIMEOUT(test::textOf(*m_page, "actionMessage").contains(QStringLiteral("was taken off 2")), 30'000);
        QCOMPARE(serviceTargets(m_labelId), QStringList());

        // Undo puts it back on the same two; undoing that takes it off again.
        auto *undo = m_page->findChild<QToolButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo && undo->isVisible() && undo->isEnabled());
        QCOMPARE(undo->toolTip(), QStringLiteral("Put “棚卸し” back on the 2 folders and projects"));
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(*m_page, "actionMessage"), QStringLiteral("“棚卸し” was put on 2 folders and projects."), 30'000);
        QCOMPARE(serviceTargets(m_labelId), expected);
        QTRY_VERIFY(undo->isVisible() && undo->isEnabled());
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(*m_page, "actionMessage"), QStringLiteral("“棚卸し” was taken off 2 folders and projects."), 30'000);
        QCOMPARE(serviceTargets(m_labelId), QStringList());
        QVERIFY(m_ws.sync());
        QVERIFY(!node(folder)->text(1).contains(QStringLiteral("棚卸し")));
    }

    void offlineDisablesLabelChanges()
    {
        QVERIFY(m_page->selectNodes({tree()->topLevelItem(0)->data(0, kIdRole).toString()}));
        QVERIFY(m_page->labelCommands().put->isEnabled());
        m_ws.workspace().setOnline(false);
        for (ui::LabelCommand *command : m_page->labelCommands().all()) {
            QVERIFY(!command->isEnabled());
            QCOMPARE(command->toolTip(), session::Workspace::offlineReason());
        }
        m_ws.workspace().setOnline(true);
        QVERIFY(m_page->labelCommands().put->isEnabled());
    }

    void japaneseScreen()
    {
        test::useLanguage(QStringLiteral("ja"));
        m_page = std::make_unique<ui::RolesPage>(m_ws.workspace(), nullptr);
        m_page->resize(1300, 760);
        m_page->show();
        filter()->setCurrentIndex(1); // the tree filtered by a demo label, its labels in colour
        QVERIFY(!tree()->topLevelItem(0)->text(1).isEmpty() || tree()->topLevelItem(0)->childCount() > 0);
        test::saveScreenshot(*m_page, QStringLiteral("roles-labels-ja"));

        // A label put on a folder, with the offer to take it off again in Japanese.
        filter()->setCurrentIndex(0);
        const QString folder = tree()->topLevelItem(0)->data(0, kIdRole).toString();
        QVERIFY(m_page->selectNodes({folder}));
        m_page->labelCommands().put->trigger();
        answerChooser(QStringLiteral("棚卸し"));
        QTRY_COMPARE_WITH_TIMEOUT(test::textOf(*m_page, "actionMessage"),
                                  QStringLiteral("「棚卸し」を 1 件のフォルダー・プロジェクトに付けました。"), 30'000);
        auto *undo = m_page->findChild<QToolButton *>(QStringLiteral("undoButton"));
        QTRY_VERIFY(undo->isVisible() && undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("元に戻す(U)"));
        QCOMPARE(undo->toolTip(), QStringLiteral("1 件のフォルダー・プロジェクトから「棚卸し」を再び外す"));
        test::saveScreenshot(*m_page, QStringLiteral("roles-undo-ja"));
        undo->click();
        QTRY_COMPARE_WITH_TIMEOUT(serviceTargets(m_labelId), QStringList(), 30'000);
        test::useLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestRolesPage)
#include "tst_rolespage.moc"
