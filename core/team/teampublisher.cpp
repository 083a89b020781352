#include "teampublisher.h"

#include "pgconnection.h"
#include "store/snapshots.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "teamdeals.h"
#include "teammembers.h"
#include "teamreplica.h"
#include "teamschema.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The workspace file travels in pieces of this size, so neither side holds it whole.
constexpr qint64 ChunkBytes = 8 * 1024 * 1024;
} // namespace

Result<TeamTransfer> TeamPublisher::publish(Workspace& workspace, const ServerAddress& address)
{
    Database& db = workspace.database();
    if (Status writable = workspace.checkWritable(); !writable)
        return writable.error();
    auto existing = TeamReplica::link(db);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 is already a replica of the team workspace at %2.")
                         .arg(workspace.displayName(), (*existing)->server)};
    auto connected = PgConnection::open(address);
    if (!connected)
        return connected.error();
    PgConnection& server = **connected;
    if (Status created = TeamSchema::create(server); !created)
        return created.error();

    // A consistent copy of the file, taken through SQLite's backup API and checked.
    QTemporaryDir scratch;
    SnapshotPolicy policy;
    policy.folder = scratch.path();
    policy.keep = 1;
    auto copy = Snapshots(workspace.path(), policy).take(db, tr("publishing"));
    if (!copy)
        return copy.error();
    QFile file(copy->path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(copy->path, file.errorString())};

    TeamTransfer transfer;
    PgTransaction transaction(server);
    if (!transaction.begun())
        return transaction.begun().error();
    auto deals = TeamDeals::upload(db, server);
    if (!deals)
        return deals.error();
    transfer.deals = *deals;
    auto snapshot = server.query("INSERT INTO leadloop.snapshots (log_seq, bytes) VALUES "
                                 "(leadloop.log_version(), $1) RETURNING id",
                                 {PgParam::number(file.size())});
    if (!snapshot)
        return snapshot.error();
    const qint64 snapshotId = snapshot->int64(0, 0);
    for (int n = 0; !file.atEnd(); ++n) {
        QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFile::NoError)
            return Error{ErrorCode::Io,
                         tr("Cannot read %1: %2").arg(copy->path, file.errorString())};
        transfer.bytes += chunk.size();
        auto sent = server.query(
            "INSERT INTO leadloop.snapshot_chunks (snapshot_id, n, data) "
            "VALUES ($1, $2, $3)",
            {PgParam::number(snapshotId), PgParam::number(n), PgParam::bytes(std::move(chunk))});
        if (!sent)
            return sent.error();
    }
    auto login = server.query("SELECT session_user");
    if (!login)
        return login.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    TeamLink link;
    link.server = address.uri();
    link.login = login->text(0, 0);
    if (Status linked = TeamReplica::setLink(db, link); !linked)
        return linked.error();
    if (Status kept = TeamSync::keepStanding(db, server); !kept)
        return kept.error();
    return transfer;
}

Result<TeamTransfer> TeamPublisher::join(const ServerAddress& address, const QString& outPath)
{
    if (QFileInfo::exists(outPath))
        return Error{ErrorCode::AlreadyExists,
                     tr("%1 exists already; choose a new file for the replica.").arg(outPath)};
    auto connected = PgConnection::open(address);
    if (!connected)
        return connected.error();
    PgConnection& server = **connected;
    auto format = TeamSchema::version(server);
    if (!format)
        return format.error();
    if (*format > TeamSchema::FormatVersion || *format < TeamSchema::OldestUpgradable)
        return Error{ErrorCode::NewerVersion,
                     tr("The team workspace at %1 has format %2; this LeadLoop reads format %3.")
                         .arg(address.uri())
                         .arg(*format)
                         .arg(TeamSchema::FormatVersion)};
    if (auto role = TeamMembers::myRole(server); !role)
        return role.error();
    auto newest = server.query("SELECT id, log_seq, (SELECT count(*) FROM leadloop.snapshot_chunks "
                               "c WHERE c.snapshot_id = s.id) FROM leadloop.snapshots s ORDER BY "
                               "id DESC LIMIT 1");
    if (!newest)
        return newest.error();
    if (newest->count() == 0)
        return Error{
            ErrorCode::NotFound,
            tr("The team workspace at %1 holds no published file yet.").arg(address.uri())};
    const qint64 snapshotId = newest->int64(0, 0);
    const qint64 logSeq = newest->int64(0, 1);
    const qint64 chunks = newest->int64(0, 2);

    TeamTransfer transfer;
    {
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly))
            return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
        for (qint64 n = 0; n < chunks; ++n) {
            auto chunk = server.query("SELECT data FROM leadloop.snapshot_chunks WHERE "
                                      "snapshot_id = $1 AND n = $2",
                                      {PgParam::number(snapshotId), PgParam::number(n)});
            if (!chunk)
                return chunk.error();
            if (chunk->count() != 1)
                return Error{ErrorCode::Corrupt,
                             tr("The team workspace's file on %1 is incomplete (piece %2 of %3 "
                                "is missing).")
                                 .arg(address.uri())
                                 .arg(n + 1)
                                 .arg(chunks)};
            const QByteArray bytes = chunk->bytes(0, 0);
            if (out.write(bytes) != bytes.size())
                return Error{ErrorCode::Io,
                             tr("Cannot write %1: %2").arg(outPath, out.errorString())};
            transfer.bytes += bytes.size();
        }
        if (!out.commit())
            return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(outPath, out.errorString())};
    }
    auto workspace = Workspace::open(outPath, Workspace::Access::ReadWrite);
    if (!workspace) {
        QFile::remove(outPath);
        return workspace.error();
    }
    Database& db = (*workspace)->database();
    auto login = server.query("SELECT session_user");
    if (!login)
        return login.error();
    TeamLink link;
    link.server = address.uri();
    link.login = login->text(0, 0);
    link.lastSeq = logSeq;
    if (Status linked = TeamReplica::setLink(db, link); !linked)
        return linked.error();
    auto deals = db.scalar(u"SELECT count(*) FROM deals"_s);
    if (!deals)
        return deals.error();
    transfer.deals = *deals;
    auto synced = TeamSync::sync(**workspace, server);
    if (!synced)
        return synced.error();
    transfer.sync = *synced;
    return transfer;
}

} // namespace leadloop
