#pragma once

#include "trackingrowsource.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace leadloop {

/// Reads another row source on a worker thread, blocks of rows ahead of the caller, so that
/// reading and parsing a file overlaps with building and writing sessions. Rows, rejections and
/// the raw text of rejected rows come out exactly as the wrapped source gives them; each row also
/// carries the hashes session building needs (RowKeys::of), computed on the worker.
class PrefetchingRowSource final : public TrackingRowSource
{
    Q_DISABLE_COPY_MOVE(PrefetchingRowSource)

public:
    explicit PrefetchingRowSource(std::unique_ptr<TrackingRowSource> source);
    /// Stops the worker and waits for it.
    ~PrefetchingRowSource() override;

    Next next(TrackingRow& row, RowRejection& rejection) override;
    qint64 line() const override;
    QString rawText() const override;
    QString errorString() const override;
    qint64 position() const override;
    qint64 size() const override { return m_size; }
    QString preset() const override { return m_preset; }
    QStringList notes() const override { return m_notes; }
    SessionRules rules() const override { return m_rules; }

private:
    struct Block;
    struct Entry;
    void produce();

    std::unique_ptr<TrackingRowSource> m_source;
    qint64 m_size = 0;
    QString m_preset;
    QStringList m_notes;
    SessionRules m_rules;

    mutable std::mutex m_mutex;
    std::condition_variable m_filled;   // the worker queued a block
    std::condition_variable m_consumed; // the caller returned a block
    std::deque<std::unique_ptr<Block>> m_ready;
    std::vector<std::unique_ptr<Block>> m_free;
    bool m_stop = false;
    QString m_error; // the wrapped source's message once it failed

    std::unique_ptr<Block> m_current;
    size_t m_index = 0; // the next entry of m_current
    const Entry* m_entry = nullptr;
    std::thread m_worker;
};

} // namespace leadloop
