#include "recoverdialog.h"

#include "analysis/resulttableview.h"
#include "models/resulttablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

RecoverDialog::RecoverDialog(const QString& damaged, const QString& output, QThreadPool* workers,
                             QWidget* parent)
    : QDialog(parent)
    , m_output(output)
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_report(new ResultTableView(this))
{
    setWindowTitle(tr("Recover %1").arg(QFileInfo(damaged).fileName()));
    m_summary->setObjectName(u"recoverySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setText(
        tr("Reading every page of %1 and writing what can be read to %2…")
            .arg(QDir::toNativeSeparators(damaged), QDir::toNativeSeparators(output)));
    m_busy->setRange(0, 0);
    m_report->setObjectName(u"recoveryReport"_s);
    m_report->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open Recovered Workspace"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"openRecovered"_s);
    m_open->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        accept();
        emit openRequested(m_output);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(880, 460);

    connect(&m_watcher, &QFutureWatcherBase::finished, this,
            [this] { showResult(m_watcher.result()); });
    m_watcher.setFuture(
        QtConcurrent::run(workers, [damaged, output] { return Recovery::run(damaged, output); }));
}

RecoverDialog::~RecoverDialog()
{
    // The new file is written whole or not at all: let the worker finish rather than leave one
    // half written.
    m_watcher.waitForFinished();
}

void RecoverDialog::reject()
{
    if (m_watcher.isFinished())
        QDialog::reject();
}

void RecoverDialog::showResult(const Result<RecoveryReport>& result)
{
    m_busy->hide();
    m_close->setEnabled(true);
    if (!result) {
        m_summary->setText(tr("Nothing could be recovered: %1").arg(result.error().message));
        return;
    }
    const RecoveryReport& r = *result;
    const QLocale locale;
    QString text =
        r.complete()
            ? tr("Everything was recovered into %1: every page could be read and LeadLoop's "
                 "checks found nothing wrong.")
                  .arg(QDir::toNativeSeparators(r.output))
            : tr("Recovered into %1 what could be read. %2 of %3 pages could not be trusted; "
                 "the table below says what each table lost, and what LeadLoop's checks found "
                 "in the new file. Check the figures before you rely on them.")
                  .arg(QDir::toNativeSeparators(r.output), locale.toString(r.badPages),
                       locale.toString(r.pages));
    m_summary->setText(text);
    m_report->setTable(r.table());
    // What was lost first.
    m_report->view()->sortByColumn(m_report->model()->column(u"lost_at_most"_s),
                                   Qt::DescendingOrder);
    m_report->show();
    m_open->setEnabled(true);
    m_open->setDefault(true);
}

} // namespace leadloop
