#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace leadloop {

/// One typed QSettings entry: a key and a default, so no raw key strings leak into callers.
template <typename T> class SettingValue final
{
public:
    SettingValue(QString key, T defaultValue = T{})
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T& value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace leadloop
