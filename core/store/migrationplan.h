#pragma once

#include "common/result.h"

#include <functional>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace leadloop {

class Database;

/// One numbered schema step: it brings a workspace from version `version - 1` to `version`.
struct Migration
{
    int version;
    QString description;
    std::function<Status(Database&)> apply;
};

/// The ordered list of schema migrations and the procedure that runs them in one transaction.
/// The standard plan is the product's; tests pass their own to exercise upgrades and failures.
class MigrationPlan final
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlan)

public:
    /// The first version whose files carry page checksums (PageChecksums).
    static constexpr int ChecksumsVersion = 3;

    explicit MigrationPlan(std::vector<Migration> steps);
    /// Version 1 (the whole domain) and every later step the product ships.
    static MigrationPlan standard();

    int latestVersion() const;
    const std::vector<Migration>& steps() const { return m_steps; }

    /// Runs every step above `fromVersion` inside one transaction and sets `user_version`.
    /// On any failure the transaction rolls back and the file is as it was.
    Status migrate(Database& db, int fromVersion) const;

private:
    std::vector<Migration> m_steps;
};

} // namespace leadloop
