#pragma once

#include <QString>
#include <utility>
#include <vector>

namespace leadloop {

/// How a session's ad click ids are written for people and for the ad platforms
/// (docs/ad-platforms.md): Meta's click cookie value and the list shown in a journey.
class ClickIdText final
{
public:
    /// Meta's `_fbc` value for a click: fb.1.<click time in ms>.<fbclid>.
    static QString fbc(qint64 clickMs, const QString& fbclid);
    /// "gclid=…; fbclid=… (_fbc fb.1.…)" for a session that started at `startedMs`, in the
    /// order given.
    static QString describe(const std::vector<std::pair<QString, QString>>& clickIds,
                            qint64 startedMs);
};

} // namespace leadloop
