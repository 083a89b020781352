#include "importrunpage.h"

#include "importwizard.h"
#include "models/importissuesmodel.h"
#include "scoring/leadscoring.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_workers(wizard->session().workers())
    , m_summary(new QLabel(this))
    , m_start(new QPushButton(tr("&Start import"), this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
    , m_progress(new QProgressBar(this))
    , m_speed(new QLabel(this))
    , m_result(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_save(new QPushButton(tr("&Save issues as CSV…"), this))
    , m_issues(new ImportIssuesModel(this))
{
    setTitle(tr("Import"));
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_start->setObjectName(u"startImport"_s);
    m_cancel->setObjectName(u"cancelImport"_s);
    m_cancel->setEnabled(false);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_speed->setObjectName(u"speed"_s);
    m_filter->setPlaceholderText(tr("Filter the issues"));
    m_filter->setClearButtonEnabled(true);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_issues);
    proxy->setSortRole(ImportIssuesModel::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(u"issues"_s);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportIssuesModel::RowColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ImportIssuesModel::MessageColumn, 320);
    m_save->setObjectName(u"saveIssues"_s);
    connect(m_start, &QPushButton::clicked, this, &ImportRunPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save issues"),
            QFileInfo(m_wizard->plan().path).baseName() + tr("-issues.csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            if (Status saved = saveIssues(path); !saved)
                m_result->setText(saved.error().message);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunPage::onFinished);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_speed);
    auto* issuesRow = new QHBoxLayout;
    issuesRow->addWidget(m_filter, 1);
    issuesRow->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addLayout(issuesRow);
    layout->addWidget(m_table, 1);
}

ImportRunPage::~ImportRunPage()
{
    if (m_stop)
        m_stop->store(true);
    m_watcher.waitForFinished();
    dropIssues(true);
}

void ImportRunPage::dropIssues(bool closing)
{
    // The model, the outcome and (until the page closes) the finished job's result share one
    // list of issues; a long one is freed on a worker, not while the window waits (a million
    // take a third of a second).
    if (m_issues->issues().size() <= ImportIssuesModel::ListedLimit) {
        m_issues->setIssues({});
        return;
    }
    QFuture<Result<ImportOutcome>> job;
    if (closing) {
        disconnect(&m_watcher, nullptr, this, nullptr);
        job = m_watcher.future();
        m_watcher.setFuture({});
    }
    m_workers->start(
        [issues = m_issues->takeIssues(), outcome = std::exchange(m_outcome, {}), job]() mutable {
            issues = {};
            outcome.reset();
            job = {};
        });
}

void ImportRunPage::initializePage()
{
    const ImportPlan& plan = m_wizard->plan();
    QStringList lines{tr("<b>%1</b> into this workspace as %2.")
                          .arg(QFileInfo(plan.path).fileName().toHtmlEscaped(),
                               ImportPlans::kindName(plan.kind).toHtmlEscaped())};
    QStringList mapped;
    for (auto it = plan.map.begin(); it != plan.map.end(); ++it)
        mapped.append(u"%1 ← %2"_s.arg(it.key(), it.value().toHtmlEscaped()));
    mapped.sort();
    if (!mapped.isEmpty())
        lines.append(tr("Columns: %1.").arg(mapped.join(u", "_s)));
    lines.append(tr("The import is stored whole or not at all; Cancel leaves the workspace as "
                    "it is."));
    m_summary->setText(lines.join(u"<br>"_s));
    m_progress->setValue(0);
    m_result->clear();
    m_speed->clear();
    dropIssues(false);
    m_outcome.reset();
    m_start->setEnabled(true);
    m_save->setEnabled(false);
}

bool ImportRunPage::isComplete() const
{
    return m_outcome.has_value() && !isRunning();
}

void ImportRunPage::start()
{
    if (isRunning() || !m_wizard->session().isOpen())
        return;
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_outcome.reset();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_clock.start();
    ImportPlan plan = m_wizard->plan();
    plan.createdBy = m_wizard->userName();
    auto stop = m_stop;
    // The session's own connection, lent to the worker while the modal wizard has the app.
    m_watcher.setFuture(
        m_wizard->session().lend<Result<ImportOutcome>>([this, plan, stop](Workspace& workspace) {
            auto outcome = ImportPlans::run(
                workspace, plan,
                [this](int percent, qint64 rows) {
                    QMetaObject::invokeMethod(
                        this, [this, percent, rows] { onProgress(percent, rows); },
                        Qt::QueuedConnection);
                },
                stop.get());
            if (outcome)
                rescore(workspace.database(), *outcome);
            return outcome;
        }));
    emit completeChanged();
}

void ImportRunPage::rescore(Database& db, ImportOutcome& outcome)
{
    // The import is committed; the open leads' scores follow it (docs/scoring.md, "Scores").
    auto scored = LeadScoring::rescore(db, QDateTime::currentMSecsSinceEpoch());
    if (!scored)
        outcome.summary.append(
            tr("The lead scores could not be computed again: %1").arg(scored.error().message));
    else if (*scored)
        outcome.summary.append(
            tr("Lead scores computed again for %1 open leads.").arg(QLocale().toString(**scored)));
}

void ImportRunPage::cancel()
{
    if (m_stop)
        m_stop->store(true);
    m_cancel->setEnabled(false);
}

void ImportRunPage::cancelAndWait()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportRunPage::onProgress(int percent, qint64 rows)
{
    if (percent >= 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
    } else {
        m_progress->setRange(0, 0); // rows without a total: a busy bar
    }
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    if (rows > 0)
        m_speed->setText(tr("%1 rows/s").arg(QLocale().toString(qint64(rows / seconds))));
}

void ImportRunPage::onFinished()
{
    m_cancel->setEnabled(false);
    m_outcome = m_watcher.result();
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    m_progress->setRange(0, 100);
    if (!*m_outcome) {
        m_progress->setValue(0);
        m_result->setText(u"<b>%1</b>"_s.arg(m_outcome->error().message.toHtmlEscaped()));
        m_start->setEnabled(true);
    } else {
        const ImportOutcome& done = **m_outcome;
        m_progress->setValue(100);
        m_speed->setText(
            tr("%1 rows/s").arg(QLocale().toString(qint64(done.batch.rowsRead / seconds))));
        QStringList lines{
            tr("Batch %1: %2 rows read, %3 imported, %4 rejected, %5 duplicates skipped.")
                .arg(done.batch.id)
                .arg(QLocale().toString(done.batch.rowsRead),
                     QLocale().toString(done.batch.rowsImported),
                     QLocale().toString(done.batch.rowsRejected),
                     QLocale().toString(done.batch.duplicates))};
        lines += done.summary;
        m_issues->setIssues(done.issues);
        if (m_issues->isTruncated())
            lines.append(tr("The first %1 of the %2 issues are listed below; Save issues as CSV "
                            "writes every one.")
                             .arg(QLocale().toString(ImportIssuesModel::ListedLimit),
                                  QLocale().toString(qint64(done.issues.size()))));
        m_result->setText(lines.join(u"<br>"_s));
        m_save->setEnabled(!done.issues.isEmpty());
        m_wizard->session().refreshCounts();
        m_wizard->session().notifyDataChanged();
    }
    emit completeChanged();
    emit finished();
}

Status ImportRunPage::saveIssues(const QString& path) const
{
    return ImportIssues::writeRejects(path, m_issues->issues());
}

} // namespace leadloop
