#include "analysisfilterbar.h"

#include "reportrunner.h"
#include "shell/workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace leadloop {

AnalysisFilterBar::AnalysisFilterBar(bool withModel, QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_channel(new QComboBox(this))
    , m_campaign(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_today(QDate::currentDate())
{
    m_preset->setObjectName(u"period"_s);
    const std::pair<Preset, QString> presets[] = {
        {Preset::AllTime, tr("All time")},         {Preset::Last7Days, tr("Last 7 days")},
        {Preset::Last30Days, tr("Last 30 days")},  {Preset::Last90Days, tr("Last 90 days")},
        {Preset::ThisMonth, tr("This month")},     {Preset::LastMonth, tr("Last month")},
        {Preset::ThisQuarter, tr("This quarter")}, {Preset::Custom, tr("Custom dates")}};
    for (const auto& [preset, name] : presets)
        m_preset->addItem(name, int(preset));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
        connect(edit, &QDateEdit::dateChanged, this, &AnalysisFilterBar::changed);
    }
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_channel->setObjectName(u"channel"_s);
    m_campaign->setObjectName(u"campaign"_s);
    m_owner->setObjectName(u"owner"_s);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_channel, 1);
    row->addWidget(m_campaign, 1);
    row->addWidget(m_owner, 1);
    if (withModel) {
        m_model = new QComboBox(this);
        m_model->setObjectName(u"model"_s);
        for (attribution::Model model : attribution::allModels())
            m_model->addItem(attribution::modelId(model), int(model));
        m_model->setCurrentIndex(m_model->findData(int(attribution::Model::Linear)));
        m_model->setToolTip(tr("The attribution model that credits conversions (docs: Metrics)."));
        m_lookback = new QSpinBox(this);
        m_lookback->setObjectName(u"lookback"_s);
        m_lookback->setRange(0, 3650);
        m_lookback->setValue(90);
        m_lookback->setSuffix(tr(" days back"));
        m_lookback->setSpecialValueText(tr("any time back"));
        m_modelLabel = new QLabel(tr("Model:"), this);
        row->addWidget(m_modelLabel);
        row->addWidget(m_model);
        row->addWidget(m_lookback);
        connect(m_model, &QComboBox::currentIndexChanged, this, &AnalysisFilterBar::changed);
        connect(m_lookback, &QSpinBox::valueChanged, this, &AnalysisFilterBar::changed);
    }
    for (QComboBox* box : {m_channel, m_campaign, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &AnalysisFilterBar::changed);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const auto preset = Preset(m_preset->currentData().toInt());
        const bool custom = preset == Preset::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (!custom && preset != Preset::AllTime) {
            const auto [from, to] = range(preset, m_today);
            const QSignalBlocker a(m_from), b(m_to);
            m_from->setDate(from);
            m_to->setDate(to);
        }
        emit changed();
    });
    const auto fill = [](QComboBox* box, const QString& any) { box->addItem(any); };
    fill(m_channel, tr("All channels"));
    fill(m_campaign, tr("All campaigns"));
    fill(m_owner, tr("All owners"));
}

std::pair<QDate, QDate> AnalysisFilterBar::range(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::Last7Days:
        return {today.addDays(-6), today};
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::Last90Days:
        return {today.addDays(-89), today};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::LastMonth: {
        const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
        return {first, first.addMonths(1).addDays(-1)};
    }
    case Preset::ThisQuarter:
        return {QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today};
    default:
        return {};
    }
}

void AnalysisFilterBar::hideModel()
{
    if (m_model) {
        m_model->hide();
        m_modelLabel->hide();
    }
}

void AnalysisFilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void AnalysisFilterBar::follow(WorkspaceSession& session, const std::function<void()>& refresh)
{
    connect(this, &AnalysisFilterBar::changed, this, refresh);
    // The choices are read on a worker with a connection of its own.
    auto* choices = new ReportRunner(session, this);
    m_choices = choices;
    const auto reopen = [this, choices, refresh] {
        choices->fetch<FilterChoices>(&FilterChoices::load, [this](const Result<FilterChoices>& r) {
            for (QComboBox* box : {m_channel, m_campaign, m_owner}) {
                box->setEnabled(r.ok());
                box->setToolTip(r ? QString() : r.error().message);
            }
            if (r)
                fillChoices(*r);
        });
        refresh();
    };
    connect(&session, &WorkspaceSession::workspaceChanged, this, reopen);
    connect(&session, &WorkspaceSession::dataChanged, this, refresh);
    reopen();
}

void AnalysisFilterBar::waitForChoices()
{
    if (m_choices)
        m_choices->waitForIdle();
}

void AnalysisFilterBar::fillChoices(const FilterChoices& choices)
{
    const auto refill = [](QComboBox* box, const QStringList& values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker quiet(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString& value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_channel, choices.channels);
    refill(m_campaign, choices.campaigns);
    refill(m_owner, choices.owners);
}

ReportFilter AnalysisFilterBar::filter() const
{
    ReportFilter f;
    if (Preset(m_preset->currentData().toInt()) != Preset::AllTime) {
        f.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        f.to = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 86'400'000 - 1;
    }
    if (m_channel->currentIndex() > 0)
        f.channels = {m_channel->currentData().toString()};
    if (m_campaign->currentIndex() > 0)
        f.campaigns = {m_campaign->currentData().toString()};
    if (m_owner->currentIndex() > 0)
        f.owners = {m_owner->currentData().toString()};
    return f;
}

attribution::Model AnalysisFilterBar::model() const
{
    return m_model ? attribution::Model(m_model->currentData().toInt())
                   : attribution::Model::Linear;
}

int AnalysisFilterBar::lookbackDays() const
{
    return m_lookback ? m_lookback->value() : 90;
}

} // namespace leadloop
