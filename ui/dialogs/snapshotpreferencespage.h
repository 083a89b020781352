#pragma once

#include "store/snapshots.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace leadloop {

/// The Snapshots tab of Preferences: whether LeadLoop keeps snapshots before each change, how
/// many and how large in all, and in which folder (beside each workspace by default).
class SnapshotPreferencesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotPreferencesPage)

public:
    explicit SnapshotPreferencesPage(const SnapshotPolicy& policy, QWidget* parent = nullptr);
    /// The policy as edited.
    SnapshotPolicy policy() const;

private:
    void chooseFolder();
    void updateEnabled();

    QCheckBox* m_enabled;
    QSpinBox* m_keep;
    QSpinBox* m_size;
    QLineEdit* m_folder;
};

} // namespace leadloop
