#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/filterchoices.h"
#include "analytics/reportfilter.h"

#include <functional>
#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QSpinBox;

namespace leadloop {

class Database;
class ReportRunner;
class WorkspaceSession;

/// The filter bar every analysis view shares: a date range with presets, channel, campaign and
/// owner, and, where they apply, the attribution model and lookback. It says `changed` whenever
/// the user changes one, and gives them as a ReportFilter.
class AnalysisFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisFilterBar)

public:
    enum class Preset
    {
        AllTime,
        Last7Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        Custom
    };

    /// `withModel`: the model and lookback choices are shown too.
    explicit AnalysisFilterBar(bool withModel, QWidget* parent = nullptr);

    /// Fills the channel, campaign and owner choices (keeping the current ones).
    void fillChoices(const FilterChoices& choices);
    /// Keeps a view up to date: `refresh` runs now, on every change of the bar, and whenever
    /// the session's workspace or its data change (the choices are filled again first).
    void follow(WorkspaceSession& session, const std::function<void()>& refresh);
    /// Processes events until the choices have been read (tests).
    void waitForChoices();
    ReportFilter filter() const;
    attribution::Model model() const;
    int lookbackDays() const;
    void setPreset(Preset preset);
    /// Hides the model choice (a view that shows every model keeps the lookback).
    void hideModel();
    /// The day presets count back from (tests set it; default today).
    void setToday(QDate today) { m_today = today; }
    /// The [from, to] days of a preset relative to `today` (both invalid for all time).
    static std::pair<QDate, QDate> range(Preset preset, QDate today);

signals:
    void changed();

private:
    QComboBox* m_preset;
    QDateEdit* m_from;
    QDateEdit* m_to;
    ReportRunner* m_choices = nullptr; ///< reads the choices, once follow() is called
    QComboBox* m_channel;
    QComboBox* m_campaign;
    QComboBox* m_owner;
    QComboBox* m_model = nullptr;
    QWidget* m_modelLabel = nullptr;
    QSpinBox* m_lookback = nullptr;
    QDate m_today;
};

} // namespace leadloop
