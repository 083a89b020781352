#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace leadloop {

class ImportWizard;

/// The wizard's first page: the file, and what it holds (recognised, or chosen).
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSourcePage)

public:
    explicit ImportSourcePage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void recognise();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QComboBox* m_kind;
    QLabel* m_found;
};

} // namespace leadloop
