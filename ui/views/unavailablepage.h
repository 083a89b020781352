#pragma once

#include <QWidget>

namespace leadloop {

/// States plainly that a view is not part of this version yet, and what it will show.
class UnavailablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailablePage)

public:
    UnavailablePage(const QIcon& icon, const QString& title, const QString& description,
                    QWidget* parent = nullptr);
};

} // namespace leadloop
