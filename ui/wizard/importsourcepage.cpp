#include "importsourcepage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportSourcePage::ImportSourcePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_found(new QLabel(this))
{
    setTitle(tr("What to import"));
    setSubTitle(tr("A CSV, TSV, TXT or XLSX file (GZ-compressed too), or a JSON or NDJSON "
                   "export. Nothing is written until the last step."));
    m_path->setObjectName(u"importPath"_s);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import"), QFileInfo(m_path->text()).absolutePath(),
            tr("Data files (*.csv *.tsv *.txt *.xlsx *.json *.ndjson *.gz);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    m_kind->setObjectName(u"importKind"_s);
    m_kind->addItem(tr("Recognise it from its columns"), -1);
    for (ImportKind kind : ImportPlans::kinds())
        m_kind->addItem(ImportPlans::kindName(kind), int(kind));
    m_found->setObjectName(u"recognised"_s);
    m_found->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(this);
    // A row of widgets has no buddy of its own: the label names the path field, so that its
    // mnemonic works and shows as an underline rather than a literal "&".
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("&Holds:"), m_kind);
    form->addRow(QString(), m_found);
    connect(m_path, &QLineEdit::textChanged, this, &ImportSourcePage::recognise);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::recognise);
}

void ImportSourcePage::initializePage()
{
    m_path->setText(m_wizard->plan().path);
    recognise();
}

void ImportSourcePage::recognise()
{
    const QString path = m_path->text().trimmed();
    m_found->clear();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (!path.isEmpty())
            m_found->setText(tr("There is no file %1.").arg(path));
        emit completeChanged();
        return;
    }
    if (m_kind->currentData().toInt() < 0) {
        const auto kind = ImportPlans::recogniseFile(path);
        m_found->setText(kind ? tr("LeadLoop recognises %1.").arg(ImportPlans::kindName(*kind))
                              : tr("LeadLoop does not recognise this file's columns; choose "
                                   "what it holds."));
    }
    emit completeChanged();
}

bool ImportSourcePage::isComplete() const
{
    return QFileInfo::exists(m_path->text().trimmed());
}

bool ImportSourcePage::validatePage()
{
    ImportPlan& plan = m_wizard->plan();
    plan.path = m_path->text().trimmed();
    const int chosen = m_kind->currentData().toInt();
    if (chosen >= 0) {
        plan.kind = ImportKind(chosen);
        return true;
    }
    const auto kind = ImportPlans::recogniseFile(plan.path);
    if (!kind) {
        m_found->setText(tr("Choose what the file holds: its columns do not say."));
        return false;
    }
    plan.kind = *kind;
    return true;
}

} // namespace leadloop
