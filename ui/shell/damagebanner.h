#pragma once

#include <QFrame>

class QPushButton;

namespace leadloop {

/// The bar above the views while the open workspace is damaged: it says that figures may be
/// wrong, that nothing will be written, and offers to restore a snapshot or recover the file.
class DamageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamageBanner)

public:
    explicit DamageBanner(QWidget* parent = nullptr);
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* recoverButton() const { return m_recover; }

signals:
    void restoreRequested();
    void recoverRequested();

private:
    QPushButton* m_restore;
    QPushButton* m_recover;
};

} // namespace leadloop
