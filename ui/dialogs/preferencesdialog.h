#pragma once

#include "analytics/workspacepreferences.h"
#include "tracking/channeloverrides.h"

#include <optional>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace leadloop {

struct DesktopSettings;
class SnapshotPreferencesPage;

/// Preferences: the user's name, language, theme and snapshots (this computer), and the open
/// workspace's reporting currency, session timeout, lookback, lost reasons and channel grouping,
/// with a tester that shows which channel rule fires for a source, medium and campaign.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `workspace`: the open workspace's current preferences, or nothing when none is open.
    PreferencesDialog(const DesktopSettings& settings,
                      std::optional<WorkspacePreferences> workspace, QWidget* parent = nullptr);

    /// Stores the user's name, language, theme (and applies it) and snapshot settings.
    void saveDesktop() const;
    /// The workspace preferences as edited (the ones given when nothing changed).
    WorkspacePreferences workspacePreferences() const;
    /// Your own channel rules as the table holds them.
    QList<OverrideRule> yourRules() const;
    /// Adds a row to your rules (the table's Add button; tests fill it directly).
    void addYourRule(const OverrideRule& rule = {});
    /// Adds a Team page showing the team workspace the open one is a replica of: server (no
    /// password), login, role as the server gave it, and the last sync.
    void showTeam(const QString& server, const QString& login, const QString& role,
                  const QString& lastSync);
    /// Refuses to close while your rules do not compile, saying why.
    void accept() override;

private:
    QWidget* desktopPage();
    QWidget* workspacePage();
    QWidget* channelsPage();
    void chooseRuleFile();
    void test();
    /// The rules in force as edited: your rules in front of the chosen grouping, if any.
    Result<QString> customJson() const;

    const DesktopSettings& m_settings;
    std::optional<WorkspacePreferences> m_workspace;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_theme = nullptr;
    SnapshotPreferencesPage* m_snapshots = nullptr;
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
    QTableWidget* m_yours = nullptr;
};

} // namespace leadloop
