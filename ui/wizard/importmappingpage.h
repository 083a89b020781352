#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;

namespace leadloop {

class ImportWizard;

/// Column mapping: one combo box per field with LeadLoop's guess filled in, required fields
/// marked, and named presets saved for the next file of the same kind.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The mapping as chosen: field → column (empty fields left out).
    QHash<QString, QString> mapping() const;
    /// Sets the combo boxes from a mapping (a preset, or the guess).
    void apply(const QHash<QString, QString>& mapping);

private:
    void savePreset();
    void fillPresets();

    ImportWizard* m_wizard;
    QFormLayout* m_form;
    QComboBox* m_presets;
    QLabel* m_missing;
    QHash<QString, QComboBox*> m_boxes;
};

} // namespace leadloop
