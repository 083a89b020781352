#pragma once

#include "analytics/attributionmodels.h"
#include "analytics/reportfilter.h"
#include "common/result.h"
#include "common/resulttable.h"

#include <QCoreApplication>
#include <QList>

namespace leadloop {

class Database;

/// What the executive PDF report says (docs/report.md): the same core reports the desktop
/// views and the CLI show, gathered for one period, plus a methodology appendix. It holds
/// figures only; ui/report lays them out on pages.
struct ExecutiveReport
{
    Q_DECLARE_TR_FUNCTIONS(ExecutiveReport)

public:
    struct Options
    {
        ReportFilter filter;
        attribution::Model model = attribution::Model::Linear; ///< channels' and campaigns' credit
        std::optional<int> lookbackDays;                       ///< else the workspace's setting
        QString title;                                         ///< else "Marketing performance"
    };

    /// One titled part of the report: a table and a sentence on how to read it.
    struct Section
    {
        QString key; ///< headlines, funnel, channels, attribution, campaigns, trend, deals,
                     ///< lost_reasons, scoring, scoring_features, methodology
        QString title;
        QString note;
        ResultTable table;
    };

    QString title;
    QString period;   ///< "2026-09-01 – 2026-09-30", or "All time"
    QString currency; ///< the reporting currency
    QList<Section> sections;

    const Section* section(const QString& key) const;
    static Result<ExecutiveReport> build(Database& db, const Options& options);
};

} // namespace leadloop
