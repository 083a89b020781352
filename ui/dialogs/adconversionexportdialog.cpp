#include "adconversionexportdialog.h"

#include "adexport/conversionfiles.h"
#include "analysis/resulttableview.h"
#include "common/username.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

AdConversionExportDialog::AdConversionExportDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_platform(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_period(new QCheckBox(tr("Only conversions from"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_value(new QComboBox(this))
    , m_fixed(new QDoubleSpinBox(this))
    , m_zone(new QComboBox(this))
    , m_country(new QLineEdit(this))
    , m_unknown(new QCheckBox(tr("Also send people whose consent is unknown"), this))
    , m_preview(new ResultTableView(this))
    , m_leftOut(new QLabel(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Export…"), this))
{
    setWindowTitle(tr("Export conversions for an ad platform"));
    for (const AdPlatform::Id id : AdPlatform::all())
        m_platform->addItem(AdPlatform::title(id), int(id));
    for (const AdPlatform::Stage stage :
         {AdPlatform::Stage::Customer, AdPlatform::Stage::Opportunity, AdPlatform::Stage::Lead})
        m_stage->addItem(AdPlatform::title(stage), int(stage));
    m_value->addItem(tr("What the deal is worth (won amount)"),
                     int(ConversionRequest::Value::Revenue));
    m_value->addItem(tr("The deal's amount"), int(ConversionRequest::Value::Amount));
    m_value->addItem(tr("A fixed value"), int(ConversionRequest::Value::Fixed));
    m_value->addItem(tr("No value"), int(ConversionRequest::Value::Default));
    m_fixed->setRange(0, 1e9);
    m_fixed->setDecimals(2);
    m_fixed->setValue(100);
    m_fixed->setEnabled(false);
    m_zone->setEditable(true);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(system.isEmpty() ? QByteArray("UTC") : system));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    const QLocale::Territory territory = QLocale::system().territory();
    if (territory != QLocale::AnyTerritory)
        m_country->setText(QLocale::territoryToCode(territory));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_platform->setObjectName(u"adPlatform"_s);
    m_stage->setObjectName(u"adStage"_s);
    m_leftOut->setObjectName(u"adLeftOut"_s);
    m_leftOut->setWordWrap(true);
    m_status->setWordWrap(true);
    m_save->setEnabled(false);

    auto* period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    auto* value = new QHBoxLayout;
    value->addWidget(m_value, 1);
    value->addWidget(m_fixed);
    auto* form = new QFormLayout;
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Conversions:"), m_stage);
    form->addRow(tr("Conversion name:"), m_name);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Value:"), value);
    form->addRow(tr("Time zone of the file:"), m_zone);
    form->addRow(tr("Country of national phone numbers:"), m_country);
    form->addRow(QString(), m_unknown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AdConversionExportDialog::chooseFile);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_leftOut);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(980, 700);

    const auto again = [this] { refresh(); };
    connect(m_platform, &QComboBox::currentIndexChanged, this, again);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        // A lead has no deal to take a value from.
        const bool lead =
            AdPlatform::Stage(m_stage->currentData().toInt()) == AdPlatform::Stage::Lead;
        if (lead && m_value->currentIndex() < 2)
            m_value->setCurrentIndex(m_value->findData(int(ConversionRequest::Value::Default)));
        refresh();
    });
    connect(m_value, &QComboBox::currentIndexChanged, this, [this] {
        m_fixed->setEnabled(ConversionRequest::Value(m_value->currentData().toInt()) ==
                            ConversionRequest::Value::Fixed);
        refresh();
    });
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, again);
    connect(m_to, &QDateEdit::dateChanged, this, again);
    connect(m_fixed, &QDoubleSpinBox::editingFinished, this, again);
    connect(m_name, &QLineEdit::editingFinished, this, again);
    connect(m_zone, &QComboBox::currentTextChanged, this, again);
    connect(m_country, &QLineEdit::editingFinished, this, again);
    connect(m_unknown, &QCheckBox::toggled, this, again);
    connect(&m_planner, &QFutureWatcher<Result<ConversionPlan>>::finished, this,
            &AdConversionExportDialog::showPlan);
    connect(&m_session, &WorkspaceSession::dataChanged, this, again);
    refresh();
}

AdConversionExportDialog::~AdConversionExportDialog()
{
    m_planner.waitForFinished();
}

ConversionRequest AdConversionExportDialog::request() const
{
    ConversionRequest r;
    r.platform = AdPlatform::Id(m_platform->currentData().toInt());
    r.stage = AdPlatform::Stage(m_stage->currentData().toInt());
    r.name = m_name->text().trimmed();
    if (m_period->isChecked()) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.value = ConversionRequest::Value(m_value->currentData().toInt());
    r.fixedCents = qRound64(m_fixed->value() * 100.0);
    r.timeZone = m_zone->currentText().trimmed();
    r.country = m_country->text().trimmed();
    r.includeUnknownConsent = m_unknown->isChecked();
    return r;
}

void AdConversionExportDialog::refresh()
{
    if (!m_session.isOpen())
        return;
    if (m_planner.isRunning()) {
        m_again = true; // the latest request wins
        return;
    }
    const ConversionRequest r = request();
    m_name->setPlaceholderText(AdPlatform::defaultConversionName(r.platform, r.stage));
    const QString path = m_session.path();
    m_save->setEnabled(false);
    m_status->setText(tr("Working…"));
    m_planner.setFuture(
        QtConcurrent::run(m_session.workers(), [path, r]() -> Result<ConversionPlan> {
            auto reader = Workspace::open(path, Workspace::Access::ReadOnly);
            if (!reader)
                return reader.error();
            return ConversionExport::plan((*reader)->database(), r);
        }));
}

void AdConversionExportDialog::showPlan()
{
    Result<ConversionPlan> planned = m_planner.result();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (!planned) {
        m_plan.reset();
        m_preview->setTable({});
        m_leftOut->clear();
        m_status->setText(planned.error().message);
        return;
    }
    m_plan = std::move(*planned);
    m_preview->setTable(ConversionExport::preview(*m_plan));
    QStringList reasons;
    const ResultTable leftOut = ConversionExport::leftOutTable(*m_plan);
    for (const QVariantList& row : leftOut.rows)
        if (row.value(2).toInt() > 0)
            reasons.append(u"%1: %2"_s.arg(row.value(0).toString()).arg(row.value(2).toInt()));
    QString text = tr("Conversions to send: %1.").arg(m_plan->conversions.size());
    if (!reasons.isEmpty())
        text += u' ' + tr("Left out: %1.").arg(reasons.join(u"; "_s));
    if (!m_plan->retractions.empty())
        text += u' ' + tr("Sent before and to retract now (their deal is no longer won): %1.")
                           .arg(m_plan->retractions.size());
    m_leftOut->setText(text);
    QString note;
    if (m_plan->request.platform == AdPlatform::Id::Meta)
        note = tr("Meta accepts events up to 7 days old: send the file today.");
    else if (!AdPlatform::takesRetractions(m_plan->request.platform) &&
             !m_plan->retractions.empty())
        note = tr("This platform takes no retractions.");
    m_status->setText(note);
    m_save->setEnabled(!m_plan->conversions.empty() || !m_plan->retractions.empty());
}

void AdConversionExportDialog::waitForPlan()
{
    while (m_planner.isRunning() || m_again) {
        m_planner.waitForFinished();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
}

bool AdConversionExportDialog::saveTo(const QString& path)
{
    if (!m_plan)
        return false;
    const ConversionPlan plan = *m_plan; // the dialog may plan again meanwhile
    QString retractionPath;
    const Status saved =
        m_session.runExclusive(tr("Writing the file…"), [&](Database& db) -> Status {
            auto written = ConversionFiles::save(db, plan, path, {}, currentUserName());
            if (!written)
                return written.error();
            retractionPath = *written;
            return {};
        });
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return false;
    }
    m_status->setText(
        retractionPath.isEmpty()
            ? tr("Written to %1.").arg(QDir::toNativeSeparators(path))
            : tr("Written to %1; retractions to %2.")
                  .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(retractionPath)));
    m_session.notifyDataChanged();
    return true;
}

void AdConversionExportDialog::chooseFile()
{
    if (!m_plan)
        return;
    const ConversionRequest& r = m_plan->request;
    const QString suggested = u"%1-%2-%3%4"_s.arg(
        QFileInfo(m_session.path()).completeBaseName(), AdPlatform::name(r.platform),
        AdPlatform::name(r.stage), AdPlatform::fileSuffix(r.platform));
    const QString filter =
        r.platform == AdPlatform::Id::Meta ? tr("JSON files (*.json)") : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export conversions"),
        QDir(QFileInfo(m_session.path()).absolutePath()).filePath(suggested), filter);
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace leadloop
