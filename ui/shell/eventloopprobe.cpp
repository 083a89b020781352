#include "eventloopprobe.h"

#include <algorithm>
#include <ctime>
#include <QTimer>

namespace leadloop {

EventLoopProbe::EventLoopProbe(QObject* parent, int intervalMs)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

double EventLoopProbe::threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

void EventLoopProbe::start()
{
    m_longestStall = m_longestGap = 0;
    m_ticks = 0;
    m_wall.start();
    m_lastWall = 0;
    m_lastCpu = threadCpuMs();
    m_timer->start();
}

void EventLoopProbe::stop()
{
    m_timer->stop();
}

void EventLoopProbe::tick()
{
    const double cpu = threadCpuMs();
    const double wall = double(m_wall.nsecsElapsed()) / 1e6;
    const double stall = cpu - m_lastCpu, gap = wall - m_lastWall;
    m_lastCpu = cpu;
    m_lastWall = wall;
    ++m_ticks;
    m_longestStall = std::max(m_longestStall, stall);
    m_longestGap = std::max(m_longestGap, gap);
    if (stall >= m_threshold)
        emit stalled(stall, gap);
}

} // namespace leadloop
