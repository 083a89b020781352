#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace leadloop {

/// Measures how long the GUI thread keeps away from its event loop (docs/performance.md,
/// "Responsiveness"): a precise timer ticks every few milliseconds, and the CPU time the thread
/// itself spent between two ticks is a stall: time running code instead of serving events. Time
/// the machine gave to other processes is not a stall of LeadLoop's, so it is not counted (the
/// wall-clock gap is kept beside it).
class EventLoopProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)

public:
    explicit EventLoopProbe(QObject* parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    /// The longest stall since start(), in ms of the GUI thread's CPU time.
    double longestStallMs() const { return m_longestStall; }
    /// The longest wall-clock gap between two ticks, in ms (includes other processes' turns).
    double longestGapMs() const { return m_longestGap; }
    int ticks() const { return m_ticks; }

    /// stalled() is emitted for stalls of at least this many ms (default 50).
    void setThreshold(double ms) { m_threshold = ms; }

signals:
    /// A stall of at least the threshold ended.
    void stalled(double cpuMs, double wallMs);

private:
    void tick();
    /// The calling thread's CPU time in ms.
    static double threadCpuMs();

    QTimer* m_timer;
    QElapsedTimer m_wall;
    double m_lastCpu = 0, m_lastWall = 0;
    double m_longestStall = 0, m_longestGap = 0, m_threshold = 50;
    int m_ticks = 0;
};

} // namespace leadloop
