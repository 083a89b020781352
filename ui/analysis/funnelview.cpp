#include "funnelview.h"

#include "analysisfilterbar.h"
#include "analytics/conversionpaths.h"
#include "analytics/funnelreport.h"
#include "analytics/savedfunnels.h"
#include "charts/funnelchart.h"
#include "commands/savefunnelcommand.h"
#include "funnelstepeditor.h"
#include "models/resulttablemodel.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "shell/workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// What an entry of the Funnel box is.
enum class Kind
{
    Standard,
    Saved,
    New
};

/// A custom funnel checked by the same rule as a steps file: BadInput naming the step and key.
Result<FunnelDefinition> checked(const FunnelDefinition& definition, const QString& source)
{
    auto read = FunnelDefinition::fromJson(QJsonDocument(definition.toJson()).toJson(), source);
    if (read)
        read->name = definition.name;
    return read;
}

} // namespace

FunnelView::FunnelView(WorkspaceSession& session, QWidget* parent)
    : AnalysisView(session, tr("Funnel"), false, parent)
    , m_funnel(addChoice(tr("Funnel:"), u"funnel"_s))
    , m_dimension(addChoice(tr("Groups:"), u"dimension"_s))
    , m_position(addChoice({}, u"position"_s))
    , m_breakdown(addChoice({}, u"breakdown"_s))
    , m_chart(new FunnelChart(this))
    , m_editor(new FunnelStepEditor(this))
    , m_editorPanel(new QWidget(this))
    , m_save(new QPushButton(tr("Save funnel…"), this))
    , m_remove(new QPushButton(tr("Delete funnel"), this))
    , m_preview(new QTimer(this))
    , m_savedRunner(new ReportRunner(session, this))
{
    m_funnel->addItem(tr("Visitor to customer"), int(Kind::Standard));
    m_funnel->addItem(tr("New custom funnel"), int(Kind::New));
    m_funnel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString& d : ConversionPaths::dimensions())
        m_dimension->addItem(ConversionPaths::dimensionTitle(d), d);
    m_position->addItem(tr("by first touch"), int(attribution::Model::FirstTouch));
    m_position->addItem(tr("by last touch before the lead"), int(attribution::Model::LastTouch));
    m_position->addItem(tr("by last non-direct touch"), int(attribution::Model::LastNonDirect));
    m_breakdown->addItem(tr("none: everyone together"), QString());
    for (const QString& d : ConversionPaths::dimensions())
        m_breakdown->addItem(ConversionPaths::dimensionTitle(d), d);

    // The editor beside the chart, for custom funnels.
    m_save->setObjectName(u"saveFunnel"_s);
    m_remove->setObjectName(u"removeFunnel"_s);
    auto* heading = new QLabel(tr("<b>Steps</b> (drag to reorder)"), m_editorPanel);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_remove);
    saveRow->addStretch(1);
    auto* panel = new QVBoxLayout(m_editorPanel);
    panel->setContentsMargins(0, 0, 12, 0);
    panel->addWidget(heading);
    panel->addWidget(m_editor, 1);
    panel->addLayout(saveRow);
    m_editorPanel->setFixedWidth(360);
    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_editorPanel);
    chartRow->addWidget(m_chart, 1);
    setCharts(
        charts, 360, [this](const QString& path) { return m_chart->save(path); }, tr("funnel.png"));

    // Every edit previews once the user pauses.
    m_preview->setSingleShot(true);
    m_preview->setInterval(300);
    connect(m_preview, &QTimer::timeout, this, &AnalysisView::refresh);
    connect(m_editor, &FunnelStepEditor::definitionChanged, this, [this] {
        if (isCustom())
            m_preview->start();
    });
    connect(m_funnel, &QComboBox::currentIndexChanged, this, &FunnelView::showChosenFunnel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Save funnel"), tr("Name:"), QLineEdit::Normal,
                                  m_editor->definition().name, &ok);
        if (ok && !name.trimmed().isEmpty())
            saveFunnel(name.trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_editor->definition().name;
        if (QMessageBox::question(
                this, tr("Remove funnel"),
                tr("Remove the saved funnel %1? (Edit > Undo brings it back.)").arg(name)) ==
            QMessageBox::Yes)
            removeFunnel();
    });
    connect(&session, &WorkspaceSession::workspaceChanged, this, [this] { loadSavedFunnels(); });
    showChosenFunnel();
    loadSavedFunnels();
    start();
}

bool FunnelView::isCustom() const
{
    return Kind(m_funnel->currentData().toInt()) != Kind::Standard;
}

void FunnelView::showChosenFunnel()
{
    const Kind kind = Kind(m_funnel->currentData().toInt());
    m_editorPanel->setVisible(kind != Kind::Standard);
    m_dimension->setVisible(kind == Kind::Standard);
    m_position->setVisible(kind == Kind::Standard);
    m_breakdown->setVisible(kind != Kind::Standard);
    m_remove->setEnabled(kind == Kind::Saved);
    if (kind == Kind::Saved) {
        const QString name = m_funnel->currentText();
        for (const FunnelDefinition& d : m_saved)
            if (d.name == name)
                m_editor->setDefinition(d);
    } else if (kind == Kind::New) {
        // A start to edit: from a first visit to a lead.
        FunnelDefinition start;
        FunnelStep visit, lead;
        visit.type = FunnelStep::Type::Visit;
        lead.type = FunnelStep::Type::Lead;
        start.steps = {visit, lead};
        m_editor->setDefinition(start);
    }
    m_preview->stop(); // the box's own change runs the report
}

void FunnelView::loadSavedFunnels(const QString& select)
{
    if (!session().isOpen())
        return;
    m_savedRunner->fetch<std::vector<FunnelDefinition>>(
        [](Database& db) { return SavedFunnels::loadAll(db); },
        [this, select](const Result<std::vector<FunnelDefinition>>& saved) {
            if (!saved) {
                setStatus(tr("The saved funnels could not be read: %1").arg(saved.error().message));
                return;
            }
            m_saved = *saved;
            const QString wanted = !select.isEmpty() ? select
                                   : Kind(m_funnel->currentData().toInt()) == Kind::Saved
                                       ? m_funnel->currentText()
                                       : QString();
            const int before = m_funnel->currentIndex();
            const Kind beforeKind = Kind(m_funnel->currentData().toInt());
            {
                const QSignalBlocker quiet(m_funnel);
                while (m_funnel->count() > 2)
                    m_funnel->removeItem(1);
                int at = 1;
                for (const FunnelDefinition& d : m_saved)
                    m_funnel->insertItem(at++, d.name, int(Kind::Saved));
                const int found = wanted.isEmpty() ? -1 : m_funnel->findText(wanted);
                if (found >= 0)
                    m_funnel->setCurrentIndex(found);
                else if (beforeKind == Kind::New)
                    m_funnel->setCurrentIndex(m_funnel->count() - 1);
                else
                    m_funnel->setCurrentIndex(0);
            }
            // A funnel that went away (undone, removed) or a newly saved one: show it.
            const Kind now = Kind(m_funnel->currentData().toInt());
            if (now != beforeKind || m_funnel->currentIndex() != before || now == Kind::Saved) {
                if (now != Kind::New)
                    showChosenFunnel();
                refresh();
            }
        });
}

void FunnelView::waitForSavedFunnels()
{
    m_savedRunner->waitForIdle();
}

void FunnelView::saveFunnel(const QString& name)
{
    FunnelDefinition definition = m_editor->definition();
    definition.name = name;
    const auto valid = checked(definition, name);
    if (!valid) {
        setStatus(valid.error().message);
        return;
    }
    QPointer<FunnelView> view(this);
    session().undoStack()->push(
        new SaveFunnelCommand(session(), name, *valid, [view, name](const QString& error) {
            if (!view)
                return;
            if (!error.isEmpty())
                view->setStatus(error);
            else
                view->loadSavedFunnels(name);
        }));
}

void FunnelView::removeFunnel()
{
    if (Kind(m_funnel->currentData().toInt()) != Kind::Saved)
        return;
    QPointer<FunnelView> view(this);
    session().undoStack()->push(new SaveFunnelCommand(session(), m_funnel->currentText(),
                                                      std::nullopt, [view](const QString& error) {
                                                          if (!view)
                                                              return;
                                                          if (!error.isEmpty())
                                                              view->setStatus(error);
                                                          else
                                                              view->loadSavedFunnels();
                                                      }));
}

void FunnelView::startReport()
{
    if (!isCustom()) {
        FunnelReport::Query query;
        query.dimension = m_dimension->currentData().toString();
        query.position = attribution::Model(m_position->currentData().toInt());
        query.filter = filterBar()->filter();
        runReport(
            [query](Database& db) {
                auto table = FunnelReport::run(db, query);
                if (table)
                    RateIntervals::add(*table, FunnelReport::rates());
                return table;
            },
            [this, query] {
                m_shownCustom.reset();
                m_shownQuery.dimension = query.dimension;
                m_shownQuery.filter = query.filter;
                m_shownModel = query.position;
            });
        return;
    }
    const FunnelDefinition definition = m_editor->definition();
    const auto valid =
        checked(definition, definition.name.isEmpty() ? tr("This funnel") : definition.name);
    if (!valid) {
        // Nothing to run: the reason instead of a stale or empty table.
        table()->setTable({});
        m_chart->setStages(tr("The funnel cannot be counted yet"), {});
        setStatus(valid.error().message);
        return;
    }
    CustomFunnel::Query query;
    query.definition = *valid;
    query.dimension = m_breakdown->currentData().toString();
    const ReportFilter filter = filterBar()->filter();
    query.from = filter.from;
    query.to = filter.to;
    query.intervals = true;
    runReport([query](Database& db) { return CustomFunnel::run(db, query); },
              [this, query] { m_shownCustom = query; });
}

DrillFigure FunnelView::drillFigure(int row, const QString& key) const
{
    const ResultTable& shown = table()->model()->table();
    if (m_shownCustom) {
        DrillFigure figure;
        const QVariantList& cells = shown.rows.value(row);
        const int step = cells.value(table()->model()->column(u"step"_s)).toInt() - 1;
        const QString label = cells.value(table()->model()->column(u"label"_s)).toString();
        const QString group = m_shownCustom->dimension.isEmpty() ? CustomFunnel::allGroup()
                                                                 : cells.value(0).toString();
        const bool dropped = key == u"drop_off";
        figure.request.group = group;
        figure.request.customStep = DrillRequest::CustomStep{*m_shownCustom, step, dropped};
        figure.description = dropped
                                 ? tr("Dropped off before step %1 (%2)").arg(step + 1).arg(label)
                                 : tr("Reached step %1 (%2)").arg(step + 1).arg(label);
        if (!m_shownCustom->dimension.isEmpty())
            figure.description += u" · "_s + group;
        return figure;
    }
    DrillFigure figure = DrillFigure::of(shown, row, key, m_shownQuery, m_shownModel);
    if (figure.request.target == DrillRequest::Target::Leads)
        figure.request.funnelStage = key; // the people the funnel counts at this stage
    return figure;
}

void FunnelView::display(const ResultTable& result)
{
    if (m_shownCustom)
        displayCustom(result);
    else
        displayStandard(result);
}

void FunnelView::displayStandard(const ResultTable& result)
{
    table()->setTable(result);
    table()->model()->setDrillable(
        {u"visitors"_s, u"leads"_s, u"opportunities"_s, u"customers"_s, u"revenue"_s});
    const auto total = [&](const char* key) {
        return result.meta.value(QString::fromLatin1(key)).toDouble();
    };
    // The totals' rates, with their intervals from the same counts.
    const auto stage = [&](const QString& name, const char* key, const char* before) {
        FunnelChart::Stage s{name, total(key)};
        if (before && total(before) > 0) {
            const Proportions::Interval w = Proportions::wilson(total(key), total(before));
            s.rateInterval = std::pair{w.low, w.high};
        }
        return s;
    };
    m_chart->setStages(tr("From visitor to customer"),
                       {stage(tr("Visitors"), "visitors", nullptr),
                        stage(tr("Leads"), "leads", "visitors"),
                        stage(tr("Opportunities"), "opportunities", "leads"),
                        stage(tr("Customers"), "customers", "opportunities")});
    const QString currency = result.meta.value(u"currency"_s).toString();
    setStatus(tr("Revenue from these customers: %1 %2. Rates with 95 % intervals.")
                  .arg(QLocale().toString(total("revenue"), 'f', 0), currency));
    compareSelectedRows(FunnelReport::rates().back(), tr("Visitor to customer"));
}

void FunnelView::displayCustom(const ResultTable& result)
{
    stopComparing();
    table()->setTable(result);
    ResultTableModel* model = table()->model();
    const bool people = result.meta.value(u"count"_s).toString() == u"people";
    model->setDrillable(people ? QSet<QString>{u"people"_s, u"drop_off"_s} : QSet<QString>{});
    const QString count = people ? u"people"_s : u"sessions"_s;
    // The chart: each step's count over every group; its rate's interval when there is one group.
    const int stepColumn = model->column(u"step"_s);
    const int labelColumn = model->column(u"label"_s);
    const int countColumn = model->column(count);
    const bool oneGroup = m_shownCustom->dimension.isEmpty();
    QList<FunnelChart::Stage> stages;
    for (const QVariantList& row : result.rows) {
        const int step = row.value(stepColumn).toInt() - 1;
        while (stages.size() <= step)
            stages.append({row.value(labelColumn).toString(), 0});
        stages[step].count += row.value(countColumn).toDouble();
        const QVariant low = row.value(model->column(u"from_previous_low"_s));
        const QVariant high = row.value(model->column(u"from_previous_high"_s));
        if (oneGroup && low.isValid() && high.isValid())
            stages[step].rateInterval = std::pair{low.toDouble(), high.toDouble()};
    }
    const QString name = m_shownCustom->definition.name;
    m_chart->setStages(name.isEmpty() ? tr("Custom funnel") : name, stages);
    const QLocale locale;
    if (stages.isEmpty() || stages.front().count <= 0) {
        setStatus(tr("Nobody took the first step in this period."));
    } else {
        const double first = stages.front().count, last = stages.back().count;
        setStatus((people ? tr("%1 people took the first step; %2 (%3 %) reached the last.")
                          : tr("%1 sessions took the first step; %2 (%3 %) reached the last."))
                      .arg(locale.toString(first, 'f', 0), locale.toString(last, 'f', 0),
                           locale.toString(100.0 * last / first, 'f', 1)));
    }
}

} // namespace leadloop
