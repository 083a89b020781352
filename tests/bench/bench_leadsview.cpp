// Leads view benchmark (a benchmark, not a timed test; docs/outcomes.md, "The leads view").
// On a workspace, times reading the leads (the worker thread's part), handing them to the model,
// sorting and filtering through the proxy, and scrolling the table from top to bottom under the
// offscreen platform, round by round; the baseline is the sqlite3 CLI reading the same join.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_leadsview WORKSPACE [ROUNDS]
#include "models/leadfilterproxy.h"
#include "models/leadsmodel.h"
#include "sales/leadlist.h"
#include "store/workspace.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>

using namespace leadloop;
using namespace Qt::StringLiterals;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_leadsview WORKSPACE [ROUNDS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 5;
    std::map<std::string, std::vector<double>> times;
    size_t leads = 0;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {path, u"SELECT count(*) FROM (SELECT c.id, d.id, c.first_name, c.last_name, "
                            u"c.company, c.email, d.owner, c.created_at, d.stage, d.outcome, "
                            u"d.amount_cents FROM contacts c LEFT JOIN deals d ON d.contact_id = "
                            u"c.id ORDER BY c.id, d.created_at, d.id)"_s});
        sqlite.waitForFinished(-1);
        times["baseline: sqlite3 CLI, the join"].push_back(t.elapsed());

        auto workspace = Workspace::open(path, Workspace::Access::ReadOnly);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
            return 1;
        }
        t.restart();
        auto rows = LeadList::load((*workspace)->database());
        times["read the leads (worker thread)"].push_back(t.elapsed());
        leads = rows->size();
        LeadsModel model;
        LeadFilterProxy proxy(&model);
        QTableView view;
        view.resize(1200, 800);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(22);
        view.verticalHeader()->hide();
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.show();
        // The page sorts on the worker in the table's order first (LeadsPage::reload; here the
        // view's first column).
        std::stable_sort(rows->begin(), rows->end(), [](const LeadRow& a, const LeadRow& b) {
            return LeadsModel::less(a, b, LeadsModel::NameColumn, 0);
        });
        t.restart();
        model.setRows(std::move(*rows));
        QCoreApplication::processEvents();
        times["show them (model, proxy, view)"].push_back(t.elapsed());
        t.restart();
        view.sortByColumn(LeadsModel::AmountColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        times["sort by amount"].push_back(t.elapsed());
        t.restart();
        view.sortByColumn(LeadsModel::NameColumn, Qt::AscendingOrder);
        QCoreApplication::processEvents();
        times["sort by name (the language's collation)"].push_back(t.elapsed());
        LeadFilter filter;
        filter.text = u"a"_s;
        t.restart();
        int kept = 0;
        for (int i = 0; i < model.rowCount(); ++i)
            kept += filter.matches(model.row(i)) ? 1 : 0;
        times["the filter alone, every row"].push_back(t.elapsed());
        t.restart();
        proxy.setFilter(filter);
        QCoreApplication::processEvents();
        times["filter by a search text"].push_back(t.elapsed());
        proxy.setFilter({});
        QCoreApplication::processEvents();
        // Scrolling: 200 pages down, each painted.
        QScrollBar* bar = view.verticalScrollBar();
        t.restart();
        for (int page = 0; page < 200; ++page) {
            bar->setValue(bar->maximum() * page / 199);
            view.viewport()->repaint();
        }
        times["scroll 200 pages (per page)"].push_back(double(t.elapsed()) / 200);
    }
    std::printf("%zu lead rows, %d rounds, medians:\n", leads, rounds);
    for (const auto& [name, values] : times)
        std::printf("  %-36s %8.1f ms\n", name.c_str(), median(values));
    return 0;
}
