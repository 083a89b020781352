#pragma once

#include "common/result.h"

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace leadloop {

class Database;
struct ImportBatch;

/// What a replica knows of its place in its team (settings written at each sync): its login,
/// its role and the CRM owner name its tags are checked against.
struct TeamStanding
{
    bool replica = false; ///< the workspace is a replica of a team server
    QString login;
    QString role; ///< owner, manager, rep, viewer; empty until the server has said
    QString crmOwner;
    bool repsTagAll = false;
};

/// The changes a team replica's users make, recorded in team_changes inside the write that
/// makes them, for the next sync to send (docs/team.md, "What syncs"); outside a team it does
/// nothing. Before recording it checks the change against the role the server last gave, so a
/// change the role forbids is refused here with nothing written; the server checks again.
class ChangeLog final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)

public:
    /// Pieces an import's file is stored and sent in (before compression).
    static constexpr qint64 PieceBytes = 8 * 1024 * 1024;

    static Result<TeamStanding> standing(Database& db);
    /// Records one change of `kind` (setting, lost_reasons, channel_rules, identity,
    /// batch_removed, campaign_cost) with its payload, or the pulled change being applied
    /// (beginApplying).
    static Status record(Database& db, const QString& kind, const QJsonObject& payload,
                         std::optional<qint64> batchId = std::nullopt);
    /// Records a committed import with its options (ImportReplay) and the file, compressed.
    static Status recordImport(Database& db, const ImportBatch& batch, const QString& path,
                               const QJsonObject& options);
    /// Refused unless the role may tag a deal of that CRM owner: owners and managers any, reps
    /// their own (or any when the team allows it), viewers none.
    static Status checkTag(Database& db, const QString& dealOwner);

    /// Until endApplying(), the changes this connection records are the pulled change `uid`
    /// at `seq` (made at `at` by `byUser`), which moves the replica's place in the log; an
    /// empty uid records nothing (a refused change being taken back).
    static Status beginApplying(Database& db, const QString& uid, qint64 seq, qint64 at,
                                const QString& byUser);
    static Status endApplying(Database& db);
    /// Moves the replica's place in the server's log (team.last_seq) on to `seq`, never back.
    static Status advanceTo(Database& db, qint64 seq);

    /// The key every replica knows an import batch by: the uid of the change that made it, or
    /// "id:N" for one that was in the published file.
    static Result<QString> batchKey(Database& db, qint64 batchId);
    /// The local batch a key names; nullopt when there is none.
    static Result<std::optional<qint64>> batchFromKey(Database& db, const QString& key);
    /// A new change id: 32 hex digits.
    static QString newUid();
};

} // namespace leadloop
