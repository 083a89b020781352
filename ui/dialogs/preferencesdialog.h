#pragma once

#include "settings/workspacepreferences.h"

#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace leadloop {

struct DesktopSettings;

/// Preferences: the user's name, language and theme (this computer), and the open workspace's
/// reporting currency, session timeout, lookback, lost reasons and channel grouping, with a
/// tester that shows which channel rule fires for a source, medium and campaign.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `workspace`: the open workspace's current preferences, or nothing when none is open.
    PreferencesDialog(const DesktopSettings& settings,
                      std::optional<WorkspacePreferences> workspace, QWidget* parent = nullptr);

    /// Stores the user's name, language and theme (and applies the theme).
    void saveDesktop() const;
    /// The workspace preferences as edited (the ones given when nothing changed).
    WorkspacePreferences workspacePreferences() const;

private:
    QWidget* desktopPage();
    QWidget* workspacePage();
    QWidget* channelsPage();
    void chooseRuleFile();
    void test();

    const DesktopSettings& m_settings;
    std::optional<WorkspacePreferences> m_workspace;
    QLineEdit* m_user = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_currency = nullptr;
    QSpinBox* m_timeout = nullptr;
    QSpinBox* m_lookback = nullptr;
    QListWidget* m_reasons = nullptr;
    QComboBox* m_ruleSet = nullptr;
    QString m_customJson;
    QLineEdit* m_testSource = nullptr;
    QLineEdit* m_testMedium = nullptr;
    QLineEdit* m_testCampaign = nullptr;
    QLabel* m_testResult = nullptr;
};

} // namespace leadloop
