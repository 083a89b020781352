#include "scoringview.h"

#include "charts/barchart.h"
#include "charts/linechart.h"
#include "reportrunner.h"
#include "resulttableview.h"
#include "sales/contactproperties.h"
#include "sales/outcometagger.h"
#include "sales/scoretables.h"
#include "scoring/leadscoring.h"
#include "settings/desktopsettings.h"
#include "shell/workspacesession.h"
#include "views/pagetitle.h"

#include <cmath>
#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// What the view needs from the workspace: the newest model and the yes/no properties a model
/// can predict.
struct ScoringState
{
    std::optional<ScoreModelRecord> model;
    QStringList yesNoProperties;
};

Result<ScoringState> readState(Database& db)
{
    ScoringState state;
    auto model = LeadScores::latestModel(db);
    if (!model)
        return model.error();
    state.model = std::move(*model);
    auto properties = ContactProperties::list(db);
    if (!properties)
        return properties.error();
    for (const PropertyInfo& p : *properties)
        if (p.type == PropertyType::YesNo)
            state.yesNoProperties.append(p.name);
    return state;
}

QString decimal(double v, int places)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', places) : ScoringView::tr("n/a");
}

} // namespace

ScoringView::ScoringView(WorkspaceSession& session, const DesktopSettings& settings,
                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_target(new QComboBox(this))
    , m_holdout(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_exclude(new QLineEdit(this))
    , m_train(new QPushButton(tr("&Train"), this))
    , m_leak(new QLabel(this))
    , m_excludeLeaks(new QPushButton(tr("&Exclude and train again"), this))
    , m_leakBar(new QFrame(this))
    , m_summary(new QLabel(this))
    , m_roc(new LineChart(this))
    , m_calibration(new BarChart(this))
    , m_lift(new BarChart(this))
    , m_features(new ResultTableView(this))
    , m_runner(new ReportRunner(session, this))
{
    m_target->setObjectName(u"scoringTarget"_s);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_holdout->setObjectName(u"scoringHoldout"_s);
    m_holdout->setRange(5, 90);
    m_holdout->setSingleStep(5);
    m_holdout->setValue(25);
    m_holdout->setSuffix(u" %"_s);
    m_holdout->setToolTip(tr("The share of labelled leads kept back to judge the model."));
    m_seed->setObjectName(u"scoringSeed"_s);
    m_seed->setRange(0, 999'999);
    m_seed->setToolTip(
        tr("The same seed always picks the same hold-out and gives the same model."));
    m_exclude->setObjectName(u"scoringExclude"_s);
    m_exclude->setPlaceholderText(tr("Features to leave out, e.g. property:Tags, page:/thanks*"));
    m_exclude->setClearButtonEnabled(true);
    m_train->setObjectName(u"scoringTrain"_s);
    m_train->setDefault(true);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Predict:"), this));
    controls->addWidget(m_target);
    controls->addWidget(new QLabel(tr("Hold out:"), this));
    controls->addWidget(m_holdout);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addWidget(m_exclude, 1);
    controls->addWidget(m_train);

    m_leakBar->setObjectName(u"leakWarning"_s);
    m_leakBar->setStyleSheet(u"#leakWarning { background: #fff4ce; border: 1px solid #e0b400; "
                             u"border-radius: 4px; }"_s);
    m_leak->setWordWrap(true);
    m_leak->setTextFormat(Qt::PlainText); // feature names are data
    m_excludeLeaks->setObjectName(u"excludeLeaks"_s);
    auto* leakRow = new QHBoxLayout(m_leakBar);
    leakRow->addWidget(m_leak, 1);
    leakRow->addWidget(m_excludeLeaks);
    m_leakBar->hide();

    m_summary->setObjectName(u"scoringSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_roc, 1);
    chartRow->addWidget(m_calibration, 1);
    chartRow->addWidget(m_lift, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(m_features);
    splitter->setSizes({320, 300});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(pageTitle(tr("Lead scoring"), this));
    auto* intro = new QLabel(tr("Learns from the leads whose outcome is known which open leads "
                                "are most likely to convert, and shows how well that works on "
                                "leads it never saw."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(controls);
    layout->addWidget(m_leakBar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_train, &QPushButton::clicked, this, &ScoringView::train);
    connect(m_excludeLeaks, &QPushButton::clicked, this, [this] {
        QStringList fields = m_exclude->text().split(u',', Qt::SkipEmptyParts);
        for (QString& f : fields)
            f = f.trimmed();
        for (const QString& leak : m_leaks)
            if (!fields.contains(leak))
                fields.append(leak);
        m_exclude->setText(fields.join(u", "_s));
        train();
    });
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &ScoringView::reload);
    connect(&m_session, &WorkspaceSession::dataChanged, this, &ScoringView::reload);
    reload();
}

void ScoringView::reload()
{
    if (!m_session.isOpen())
        return;
    m_runner->fetch<ScoringState>(&readState, [this](const Result<ScoringState>& state) {
        if (!state) {
            m_summary->setText(state.error().message.toHtmlEscaped());
            emit shown();
            return;
        }
        const QString current = m_target->currentData().toString();
        {
            const QSignalBlocker block(m_target);
            m_target->clear();
            m_target->addItem(tr("Becoming a customer"), u"customer"_s);
            m_target->addItem(tr("Winning, among closed deals"), u"won"_s);
            for (const QString& p : state->yesNoProperties)
                m_target->addItem(tr("Property: %1").arg(p), u"property:"_s + p);
            const QString wanted =
                current.isEmpty() && state->model ? state->model->target : current;
            m_target->setCurrentIndex(std::max(0, m_target->findData(wanted)));
        }
        display(state->model);
    });
}

void ScoringView::waitForModel()
{
    m_runner->waitForIdle();
}

void ScoringView::train()
{
    if (!m_session.isOpen() || m_session.isBusy())
        return;
    TrainingOptions options;
    auto target = ScoringTarget::parse(m_target->currentData().toString());
    if (!target) {
        m_summary->setText(target.error().message.toHtmlEscaped());
        return;
    }
    options.target = *target;
    options.holdout = m_holdout->value() / 100.0;
    options.seed = quint64(m_seed->value());
    for (const QString& field : m_exclude->text().split(u',', Qt::SkipEmptyParts))
        options.exclude.append(field.trimmed());
    const QString user = m_settings.userName.get().trimmed().isEmpty()
                             ? OutcomeTagger::defaultUser()
                             : m_settings.userName.get().trimmed();
    // The session's connection does the training on a worker while the window waits; the
    // view may be gone when the wait returns (the window closed), so it is checked first.
    QPointer<ScoringView> self(this);
    const Status done = m_session.runExclusive(
        tr("Training the lead scoring model…"), [&options, &user](Database& db) -> Status {
            auto run = LeadScoring::train(db, options, user, QDateTime::currentMSecsSinceEpoch());
            if (!run)
                return run.error();
            return {};
        });
    if (!self)
        return;
    if (!done) {
        m_summary->setText(
            u"<span style='color:#b00020'>%1</span>"_s.arg(done.error().message.toHtmlEscaped()));
        return;
    }
    m_session.notifyDataChanged(); // the Leads view shows the new scores; this view reloads
}

void ScoringView::display(const std::optional<ScoreModelRecord>& model)
{
    if (!model) {
        m_leakBar->hide();
        m_summary->setText(tr("No model yet. Choose what to predict and press Train: LeadLoop "
                              "learns from the leads whose outcome is known."));
        m_roc->setData(tr("ROC curve"), {}, {}, tr("%"));
        m_calibration->setData(tr("Calibration"), {}, {}, tr("%"), false);
        m_lift->setData(tr("Share found when calling the top tenths first"), {}, {}, tr("%"),
                        false);
        m_features->setTable({});
        emit shown();
        return;
    }
    showEvaluation(*model, ScoreEvaluation::fromJson(model->evaluation));
    emit shown();
}

void ScoringView::showEvaluation(const ScoreModelRecord& model, const ScoreEvaluation& e)
{
    const QLocale locale;
    m_leaks = e.leaks;
    m_leakBar->setVisible(!e.leaks.isEmpty());
    m_leak->setText(tr("%1 alone predicts the outcome almost perfectly (AUC ≥ 0.95). It may be "
                       "filled in after the outcome, such as a sales status; if so, leave it "
                       "out.")
                        .arg(e.leaks.join(u", "_s)));
    QStringList lines;
    lines << tr("<b>Trees: AUC %1</b> · baseline (logistic regression): AUC %2 · Brier score %3 "
                "(baseline %4)")
                 .arg(decimal(e.auc, 3), decimal(e.baselineAuc, 3), decimal(e.brier, 3),
                      decimal(e.baselineBrier, 3));
    lines << tr("Learnt from %1 leads, judged on %2 it never saw (%3 of them reached the target); "
                "%4 of all labelled leads reached it.")
                 .arg(locale.toString(e.trainRows), locale.toString(e.holdoutRows),
                      locale.toString(e.holdoutPositives), locale.toString(e.positives));
    if (!e.lift.empty())
        lines << tr("The top 10 % of scores hold %1 % of them.")
                     .arg(decimal(e.lift.front().gain * 100, 0));
    lines << tr("Trained %1 by %2; scores of open leads are kept up to date after every import.")
                 .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(model.trainedAt),
                                      QLocale::ShortFormat),
                      model.trainedBy.toHtmlEscaped());
    if (!e.tiered())
        lines << u"<span style='color:#b00020'>%1</span>"_s.arg(
            tr("Fewer than %1 leads reached the target: the scores are unsure and no tiers are "
               "given.")
                .arg(ScoreEvaluation::MinPositives));
    if (!e.excluded.isEmpty())
        lines << tr("Left out: %1").arg(e.excluded.join(u", "_s).toHtmlEscaped());
    m_summary->setText(lines.join(u"<br>"_s));

    QStringList rates;
    QList<double> grid;
    for (int x = 0; x <= 100; x += 10) {
        rates.append(QString::number(x));
        grid.append(x / 100.0);
    }
    const auto percent = [](QList<double> values) {
        for (double& v : values)
            v *= 100;
        return values;
    };
    m_roc->setData(tr("ROC: leads found against false alarms (%)"), rates,
                   {{tr("Trees"), percent(ScoreTables::rocAt(e.roc, grid))},
                    {tr("Baseline"), percent(ScoreTables::rocAt(e.baselineRoc, grid))},
                    {tr("Guessing"), percent(grid)}},
                   tr("%"));
    QStringList bins;
    QList<double> predicted, observed;
    for (const CalibrationBin& b : e.calibration) {
        const int bin = std::min(9, int(b.predicted * 10));
        bins.append(u"%1–%2"_s.arg(bin * 10).arg(bin * 10 + 10));
        predicted.append(b.predicted * 100);
        observed.append(b.observed * 100);
    }
    m_calibration->setData(tr("Calibration: predicted against observed (%)"), bins,
                           {{tr("Predicted"), predicted}, {tr("Observed"), observed}}, tr("%"),
                           false);
    QStringList tenths;
    QList<double> found, random;
    for (const LiftRow& r : e.lift) {
        tenths.append(QString::number(r.decile));
        found.append(r.gain * 100);
        random.append(r.decile * 10.0);
    }
    m_lift->setData(tr("Share found when calling the top tenths first"), tenths,
                    {{tr("Found by score"), found}, {tr("Found at random"), random}}, tr("%"),
                    false);
    m_features->setTable(ScoreTables::features(e));
}

} // namespace leadloop
