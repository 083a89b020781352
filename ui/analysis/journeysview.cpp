#include "journeysview.h"

#include "analytics/journeyreport.h"
#include "charts/timelinechart.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "sales/contactsearch.h"
#include "sales/leadresolver.h"
#include "sales/leadscores.h"
#include "scoring/scoreexplanation.h"
#include "shell/workspacesession.h"
#include "views/pagetitle.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

JourneysView::JourneysView(WorkspaceSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_timeline(new TimelineChart(this))
    , m_events(new ResultTableView(this))
    , m_credit(new ResultTableView(this))
    , m_score(new ResultTableView(this))
    , m_tables(new QTabWidget(this))
    , m_runner(new ReportRunner(session, this))
    , m_searchRunner(new ReportRunner(session, this))
    , m_scoreRunner(new ReportRunner(session, this))
{
    m_search->setObjectName(u"contactSearch"_s);
    m_search->setPlaceholderText(tr("A contact's name, e-mail or company"));
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(completer);
    auto* show = new QPushButton(tr("&Show journey"), this);
    const auto go = [this] {
        // "Name <e-mail>" from the list, or what the user typed.
        QString text = m_search->text().trimmed();
        if (const qsizetype open = text.lastIndexOf(u'<'); open >= 0 && text.endsWith(u'>'))
            text = text.mid(open + 1).chopped(1);
        if (!text.isEmpty())
            showLead(text);
    };
    connect(show, &QPushButton::clicked, this, go);
    connect(m_search, &QLineEdit::returnPressed, this, go);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, go);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(show);
    m_status->setWordWrap(true);
    m_status->setText(tr("Pick a contact to see every visit, form, deal and tag on a time line. "
                         "Scroll to zoom, double-click to see everything."));
    QTabWidget* tables = m_tables;
    tables->addTab(m_events, tr("&Events"));
    tables->addTab(m_credit, tr("How the models credit this journey"));
    tables->addTab(m_score, tr("Lead score"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_timeline);
    splitter->addWidget(tables);
    splitter->setSizes({260, 360});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Journeys"), this));
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &JourneysView::fillCompleter);
    fillCompleter();
}

void JourneysView::fillCompleter()
{
    auto* names = static_cast<QStringListModel*>(m_search->completer()->model());
    names->setStringList({});
    // Read on a worker with a connection of its own: 100,000 contacts take a while.
    m_searchRunner->fetch<QStringList>(&ContactSearch::suggestions,
                                       [this, names](const Result<QStringList>& found) {
                                           if (found)
                                               names->setStringList(*found);
                                           else
                                               m_status->setText(found.error().message);
                                       });
}

void JourneysView::showLead(const QString& lead)
{
    if (!m_session.isOpen())
        return;
    m_status->setText(tr("Working…"));
    m_runner->fetch<Journey>([lead](Database& db) { return JourneyReport::run(db, lead); },
                             [this](const Result<Journey>& result) {
                                 if (!result) {
                                     m_status->setText(result.error().message);
                                     return;
                                 }
                                 display(*result);
                             });
    m_scoreRunner->fetch<ResultTable>(
        [lead](Database& db) -> Result<ResultTable> {
            auto found = LeadResolver::resolve(db, lead);
            if (!found)
                return found.error();
            if (!found->contactId)
                return Error{ErrorCode::NotFound, {}};
            return ScoreExplanation::of(db, *found->contactId);
        },
        [this](const Result<ResultTable>& score) { showScore(score); });
}

void JourneysView::showScore(const Result<ResultTable>& score)
{
    const int tab = m_tables->indexOf(m_score);
    if (!score) {
        m_score->setTable({});
        m_tables->setTabText(tab, tr("Lead score: none"));
        m_tables->setTabToolTip(tab, score.error().message);
        // No score is an answer; a failed read is an error, and says so where errors go.
        if (score.error().code != ErrorCode::NotFound)
            m_status->setText(score.error().message);
        return;
    }
    m_score->setTable(*score);
    const QString tier = LeadScores::tierName(score->meta.value(u"tier"_s).toString());
    m_tables->setTabText(
        tab, tier.isEmpty()
                 ? tr("Lead score: %1").arg(score->meta.value(u"score"_s).toInt())
                 : tr("Lead score: %1 (%2)").arg(score->meta.value(u"score"_s).toInt()).arg(tier));
    m_tables->setTabToolTip(tab, tr("What pushes this lead's score up and down, in points."));
}

void JourneysView::waitForReport()
{
    m_runner->waitForIdle();
    m_scoreRunner->waitForIdle();
}

void JourneysView::display(const Journey& journey)
{
    const ResultTable& events = journey.events;
    m_events->setTable(events);
    m_credit->setTable(journey.credit);

    const auto column = [&](const QString& key) {
        for (qsizetype c = 0; c < events.columns.size(); ++c)
            if (events.columns[c].key == key)
                return int(c);
        return -1;
    };
    const QStringList lanes = {tr("Visits"), tr("Pages"), tr("Conversions"), tr("CRM"),
                               tr("Identity")};
    QList<TimelineChart::Mark> marks;
    for (const QVariantList& row : events.rows) {
        const QString kind = row.value(column(u"kind"_s)).toString();
        const qint64 at = QDateTime::fromString(row.value(column(u"at"_s)).toString(), Qt::ISODate)
                              .toMSecsSinceEpoch();
        const QString channel = row.value(column(u"channel"_s)).toString();
        QString lane, detail = row.value(column(u"detail"_s)).toString();
        if (kind == u"session") {
            lane = lanes[0];
            detail =
                u"%1 · %2 · %3"_s.arg(channel, row.value(column(u"source_medium"_s)).toString(),
                                      row.value(column(u"landing_page"_s)).toString());
        } else if (kind == u"pageview") {
            lane = lanes[1];
        } else if (kind == u"event" || kind == u"lead") {
            lane = lanes[2];
        } else if (kind == u"deal" || kind == u"stage" || kind == u"outcome") {
            lane = lanes[3];
        } else {
            lane = lanes[4];
        }
        marks.append({at, lane, kind == u"session" ? channel : QString(), detail});
    }
    m_timeline->setMarks(lanes, marks);
    m_status->setText(tr("%Ln events; scroll on the time line to zoom, double-click to see "
                         "everything, point at a mark for its details.",
                         nullptr, int(events.rows.size())));
}

} // namespace leadloop
