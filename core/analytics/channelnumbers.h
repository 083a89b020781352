#pragma once

#include <iterator>
#include <QHash>
#include <QString>
#include <QStringList>

namespace leadloop::attribution {

/// Numbers channels in the order first seen, into a list of their names. Touches of one report
/// share their label strings, so a few recently seen string buffers answer most look-ups without
/// hashing the text; the strings looked up must outlive the numbering.
class ChannelNumbers final
{
public:
    explicit ChannelNumbers(QStringList& names)
        : m_names(names)
    {}

    int of(const QString& channel)
    {
        const QChar* data = channel.constData();
        for (size_t i = 0; i < m_recentCount; ++i)
            if (m_recent[i].data == data && m_recent[i].size == channel.size())
                return m_recent[i].index;
        auto known = m_byName.constFind(channel);
        int index;
        if (known == m_byName.cend()) {
            index = int(m_names.size());
            m_names.append(channel);
            m_byName.insert(channel, index);
        } else {
            index = *known;
        }
        if (m_recentCount < std::size(m_recent))
            m_recent[m_recentCount++] = {data, channel.size(), index};
        return index;
    }

private:
    struct Seen
    {
        const QChar* data;
        qsizetype size;
        int index;
    };
    QStringList& m_names;
    QHash<QString, int> m_byName;
    Seen m_recent[32] = {};
    size_t m_recentCount = 0;
};

} // namespace leadloop::attribution
