#pragma once

#include "common/result.h"

#include <functional>
#include <QCoreApplication>
#include <QDate>

namespace leadloop {

class Workspace;

/// The size and dates of a demo workspace. The defaults give the documented story.
struct DemoOptions
{
    quint64 seed = 1;
    QDate lastDay = QDate(2026, 9, 30); ///< fixed, so one seed always gives one workspace
    int days = 90;
    int visitors = 20'000;
    int deals = 400;
    int won = 150;
    int lost = 150;
    int offlineLeads = 60;
};

/// What a generated demo workspace holds.
struct DemoSummary
{
    qint64 batchId = 0;
    qint64 visitors = 0;
    qint64 sessions = 0;
    qint64 pageviews = 0;
    qint64 events = 0;
    qint64 contacts = 0;
    qint64 identityLinks = 0;
    qint64 deals = 0;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 open = 0;
    qint64 outcomeEvents = 0;
    qint64 campaigns = 0;
    qint64 costRows = 0;
};

/// Writes the deterministic demo story (docs/demo-workspace.md) into an empty workspace through
/// the store's writers, in one transaction recorded as an import batch of kind "demo".
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    /// `percent` goes from 0 to 100; returning false cancels and rolls everything back.
    using Progress = std::function<bool(int percent)>;

    explicit DemoGenerator(DemoOptions options = {});

    /// Fails with InvalidArgument if the workspace already holds data, Cancelled if cancelled.
    Result<DemoSummary> generate(Workspace& workspace, const Progress& progress = {}) const;
    /// Creates `path` and generates into it; on failure no file is left behind.
    Result<DemoSummary> createWorkspace(const QString& path, const Progress& progress = {}) const;

private:
    DemoOptions m_options;
};

} // namespace leadloop
