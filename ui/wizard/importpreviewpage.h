#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace leadloop {

class ImportWizard;

/// The live preview: the first rows as LeadLoop reads them, re-read whenever the encoding,
/// delimiter, sheet or time zone changes.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QComboBox* m_sheet;
    QComboBox* m_timeZone;
    QLabel* m_detected;
    QStandardItemModel* m_rows;
    QTableView* m_table;
    bool m_ok = false;
};

} // namespace leadloop
