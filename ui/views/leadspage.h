#pragma once

#include "dialogs/consentdialog.h"
#include "dialogs/tagdialog.h"
#include "sales/leadlist.h"

#include <functional>
#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace leadloop {

class LeadFilterProxy;
class LeadsModel;
class WorkspaceSession;
struct DesktopSettings;
struct LeadFilter;

/// The leads view: every contact and deal, searchable and filterable, tagged won, lost or open
/// with W, L and O (one undoable step for a whole selection), and the selected lead's details.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    /// Asks what tagging needs (amount, reason); nothing when the user cancels.
    using Prompt = std::function<std::optional<TagAnswer>(const TagQuestion&)>;

    LeadsPage(WorkspaceSession& session, const DesktopSettings& settings,
              QWidget* parent = nullptr);
    ~LeadsPage() override;

    /// Asks for a person's consent to ad measurement; nothing when the user cancels.
    using ConsentPrompt =
        std::function<std::optional<SetConsentCommand::Choices>(const ConsentQuestion&)>;

    /// Replaces the dialog that asks for amounts and reasons (tests answer it).
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    /// Replaces the dialog that asks for consent (tests answer it).
    void setConsentPrompt(ConsentPrompt prompt) { m_consentPrompt = std::move(prompt); }
    /// Sets the current lead's consent to ad measurement by hand, as one undoable step.
    void editConsent();
    /// Re-reads every lead on a worker thread.
    void reload();
    /// Tags the selected leads (won, lost or open), asking what the outcome needs.
    void tagSelection(const QString& outcome);
    /// Opens the review list of cookies seen with two e-mails.
    void reviewIdentities();
    /// Shows only these contacts (ascending ids), the people behind a report's figure, under a
    /// banner naming it; "Show all leads" (or showAll()) returns to every lead.
    void showContacts(std::vector<qint64> contacts, const QString& description);
    void showAll();
    /// Blocks until a reload started on the worker thread has been shown (tests).
    void waitForLoaded();
    QTableView* table() const { return m_table; }
    LeadFilterProxy* proxy() const { return m_proxy; }

signals:
    void loaded();
    /// A tag or an undo failed; the workspace is unchanged.
    void failed(const QString& message);

private:
    void buildFilterBar(QWidget* bar);
    void applyFilter();
    void fillFilterChoices();
    /// The values of the property chosen, then the leads that have the one chosen.
    void fillPropertyValues();
    void filterByProperty();
    void showDetails();
    void onTagged(const QList<qint64>& contacts, const QString& error);
    void onConsentSet(const QString& error);
    /// Shows why something failed above the table and tells listeners.
    void showError(const QString& message);
    void chooseColumns(const QPoint& at);
    void updateReviewButton();
    QString userName() const;

    WorkspaceSession& m_session;
    const DesktopSettings& m_settings;
    LeadsModel* m_model;
    LeadFilterProxy* m_proxy;
    QTableView* m_table;
    QTextBrowser* m_details;
    QLineEdit* m_search;
    QComboBox* m_owner;
    QComboBox* m_outcome;
    QComboBox* m_channel;
    QComboBox* m_tier;
    QComboBox* m_property;      ///< a CRM property to filter on (docs/scoring.md)
    QComboBox* m_propertyValue; ///< and the value it must have
    bool m_scoresShown = true;  ///< whether the Score and Tier columns were last shown
    std::optional<std::vector<qint64>> m_withProperty;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_mine;
    QLabel* m_count;
    QLabel* m_message; ///< why the last tag failed, until the next one succeeds
    QWidget* m_behind; ///< the banner over the people behind a figure
    QLabel* m_behindText;
    std::optional<std::vector<qint64>> m_contacts; ///< the people behind a figure, when shown
    QAction* m_consentAction;
    QToolButton* m_review; ///< "Review identities (N)", shown while there are conflicts
    QList<QAction*> m_tagActions;
    Prompt m_prompt;
    ConsentPrompt m_consentPrompt;
    QFutureWatcher<Result<std::vector<LeadRow>>> m_loader;
};

} // namespace leadloop
