// The usage dashboard's figures over a real cache (issue 7): opening the page from the cache
// until its charts and tiles have painted, and changing the period until they have painted
// again. Signs in to a running kanri-service (URL and certificate pin from the command line),
// keeps its cache in a given directory with a fixed key, so that a second run of this program
// finds it filled and only syncs what changed. Run by tests/bench/dashboard_bench.sh; prints
// one line per measurement: "<what>\t<milliseconds>". Arguments: URL PIN LOGIN PASSWORD
// CACHE_DIR [RUNS] [--offline] (--offline: the workspace goes offline after the sync, so the
// page asks the service for nothing).
#include "itemmodels/usagehistory.h"
#include "pages/dashboardpage.h"
#include "pages/kpitile.h"
#include "pages/usagechart.h"
#include "secrets/secretstore.h"
#include "session/consolesession.h"
#include "session/workspace.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace kanri;

namespace {

// Counts the paint events of the widgets that show the figures: the two charts' viewports and
// each tile's value. A tile whose text stays the same (the totals at the same end day) does not
// paint again, so a period change waits for the charts only: the window paints every widget
// that changed in the same pass.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(ui::DashboardPage &page)
    {
        for (const char *name : {"activityChart", "totalsChart"})
            watch(page.chart()->findChild<QChartView *>(QLatin1StringView(name))->viewport());
        for (ui::UsageMetric metric : ui::kUsageMetrics)
            watch(page.tile(metric)->findChild<QLabel *>(QStringLiteral("kpiValue")));
    }

    // The charts (and, with `tiles`, the tiles) have to paint again.
    void reset(bool tiles)
    {
        m_painted.fill(false);
        for (qsizetype i = kCharts; !tiles && i < m_painted.size(); ++i)
            m_painted[i] = true;
    }
    bool allPainted() const { return !m_painted.contains(false); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++m_paints;
            m_painted[m_widgets.indexOf(watched)] = true;
        }
        return false;
    }

private:
    static constexpr qsizetype kCharts = 2; // the first two widgets watched

    void watch(QWidget *widget)
    {
        widget->installEventFilter(this);
        m_widgets.append(widget);
        m_painted.append(false);
    }

    QList<QObject *> m_widgets;
    QList<bool> m_painted;
    int m_paints = 0;
};

// CPU time of the calling thread, in ms: set against the wall time of a measurement, it shows
// how much of it the window's thread worked and how much it waited for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Runs the event loop (waiting for events, not spinning: the machine's cores are shared with
// the service and the page's own threads) until every watched widget has painted (the first
// paint, in ms since `timer` started) and then until no watched widget paints for 200 ms (the
// last paint). `cpuMs`: the thread's CPU time up to the first paint, from `cpuStart`.
struct Drawn
{
    double firstMs = -1;
    double settledMs = -1;
    double cpuMs = -1;
};

Drawn waitDrawn(PaintWatch &watch, const QElapsedTimer &timer, double cpuStart)
{
    Drawn drawn;
    QTimer wake; // so that the waits below end without other events
    wake.start(5);
    QElapsedTimer limit;
    limit.start();
    while (!watch.allPainted() && limit.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    drawn.firstMs = double(timer.nsecsElapsed()) / 1e6;
    drawn.cpuMs = threadCpuMs() - cpuStart;
    drawn.settledMs = drawn.firstMs;
    int paints = watch.paints();
    while (double(timer.nsecsElapsed()) / 1e6 - drawn.settledMs < 200 && limit.elapsed() < 10'000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (watch.paints() != paints) {
            paints = watch.paints();
            drawn.settledMs = double(timer.nsecsElapsed()) / 1e6;
        }
    }
    return drawn;
}

void report(const char *what, double ms, const char *suffix = "")
{
    std::printf("%s%s\t%.1f\n", what, suffix, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(
            stderr,
            "usage: dashboard_bench URL PIN LOGIN PASSWORD CACHE_DIR [RUNS=5] [--offline]\n");
        return 2;
    }
    const int runs = args.size() > 6 ? std::max(1, args.at(6).toInt()) : 5;
    const bool offline = args.contains(QStringLiteral("--offline"));

    profile::ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.url = QUrl(args.at(1));
    profile.pin = args.at(2);
    secrets::MemorySecretStore secrets;
    session::ConsoleSession consoleSession(profile, nullptr, secrets);
    QSignalSpy signedIn(&consoleSession, &session::ConsoleSession::signedIn);
    consoleSession.signIn(args.at(3), args.at(4), std::nullopt, false);
    if (!signedIn.wait(60'000)) {
        std::fprintf(stderr, "could not sign in\n");
        return 1;
    }
    cache::CacheLocation location{args.at(5), profile.name, consoleSession.me().user.id};
    auto store = std::make_unique<cache::CacheStore>(location, QByteArray(32, '\x6b'),
                                                     cache::KeySource::Keychain);
    if (store->open()) {
        std::fprintf(stderr, "could not open the cache\n");
        return 1;
    }
    session::Workspace workspace(consoleSession, std::move(store), true);
    workspace.setSyncInterval(std::chrono::milliseconds(0));
    {
        QElapsedTimer t;
        t.start();
        QSignalSpy done(&workspace, &session::Workspace::cacheUpdated);
        QSignalSpy failed(&workspace, &session::Workspace::syncFailed);
        workspace.requestSync();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 300'000) ||
            done.isEmpty()) {
            std::fprintf(stderr, "the sync failed\n");
            return 1;
        }
        report("sync", double(t.nsecsElapsed()) / 1e6);
    }
    if (offline)
        workspace.setOnline(false);

    const QDate today = itemmodels::todayIn(workspace.timeZone());
    const itemmodels::DayRange custom{today.addDays(-59), today.addDays(-15)};
    for (int run = 0; run < runs; ++run) {
        // Open: construct the page over the workspace, show it, until charts and tiles painted.
        QElapsedTimer timer;
        timer.start();
        double cpuStart = threadCpuMs();
        auto page = std::make_unique<ui::DashboardPage>(workspace);
        const double constructedMs = double(timer.nsecsElapsed()) / 1e6;
        if (!page->series()) {
            std::fprintf(stderr, "the last 30 days are not in the cache\n");
            return 1;
        }
        PaintWatch watch(*page);
        page->resize(1400, 1000);
        page->show();
        const Drawn opened = waitDrawn(watch, timer, cpuStart);
        report(run == 0 ? "open_first_constructed" : "open_constructed", constructedMs);
        report(run == 0 ? "open_first_drawn" : "open_drawn", opened.firstMs);
        report(run == 0 ? "open_first_settled" : "open_settled", opened.settledMs);
        report(run == 0 ? "open_first_cpu" : "open_cpu", opened.cpuMs);
        // What was measured, to look at: DASHBOARD_BENCH_SHOT=page.png
        if (run == 0 && qEnvironmentVariableIsSet("DASHBOARD_BENCH_SHOT"))
            page->grab().save(qEnvironmentVariable("DASHBOARD_BENCH_SHOT"));

        // Range changes: each until the charts and tiles have painted the new period.
        const auto change = [&](const char *what, const auto &apply) {
            watch.reset(false);
            timer.restart();
            cpuStart = threadCpuMs();
            apply();
            const double appliedMs = double(timer.nsecsElapsed()) / 1e6;
            const Drawn drawn = waitDrawn(watch, timer, cpuStart);
            report(what, appliedMs, "_applied");
            report(what, drawn.firstMs, "_drawn");
            report(what, drawn.settledMs, "_settled");
            report(what, drawn.cpuMs, "_cpu");
        };
        change("range_30_to_90", [&] { page->setPreset(itemmodels::UsagePreset::Last90Days); });
        change("range_90_to_custom", [&] { page->setCustomRange(custom); });
        change("range_custom_to_7", [&] { page->setPreset(itemmodels::UsagePreset::Last7Days); });
        change("range_7_to_30", [&] { page->setPreset(itemmodels::UsagePreset::Last30Days); });
        if (!page->series() || page->range().days() != 30) {
            std::fprintf(stderr, "the page did not show the last 30 days\n");
            return 1;
        }
    }
    return 0;
}
