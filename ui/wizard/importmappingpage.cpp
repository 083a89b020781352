#include "importmappingpage.h"

#include "importwizard.h"
#include "ingest/importpresets.h"
#include "settings/legacypresets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_form(nullptr)
    , m_presets(new QComboBox(this))
    , m_missing(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Which column feeds each field. LeadLoop's guess is filled in; fields marked "
                   "* are required."));
    m_presets->setObjectName(u"presets"_s);
    auto* save = new QPushButton(tr("Save as &preset…"), this);
    save->setObjectName(u"savePreset"_s);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::savePreset);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        auto saved = ImportPresets().load(ImportPlans::kindId(m_wizard->plan().kind),
                                          m_presets->itemText(index));
        if (saved)
            apply(*saved);
        else
            QMessageBox::warning(this, tr("Preset"), saved.error().message);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Preset:"), this));
    top->addWidget(m_presets, 1);
    top->addWidget(save);
    auto* fields = new QWidget(this);
    m_form = new QFormLayout(fields);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_missing->setObjectName(u"missingFields"_s);
    m_missing->setStyleSheet(u"color: #8a1c1c;"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_missing);
}

void ImportMappingPage::initializePage()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_boxes.clear();
    const ImportKind kind = m_wizard->plan().kind;
    const QStringList& header = m_wizard->header();
    if (header.isEmpty()) {
        m_form->addRow(new QLabel(tr("Nothing to map: LeadLoop reads this export by its own "
                                     "layout."),
                                  this));
        fillPresets();
        emit completeChanged();
        return;
    }
    const QStringList required = ImportPlans::required(kind);
    for (const QString& field : ImportPlans::fields(kind)) {
        auto* box = new QComboBox(this);
        box->setObjectName(u"map_"_s + field);
        box->addItem(tr("(not imported)"), QString());
        for (const QString& column : header)
            box->addItem(column, column);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::completeChanged);
        m_boxes.insert(field, box);
        m_form->addRow(required.contains(field) ? field + u" *"_s : field, box);
    }
    apply(ImportPlans::guess(kind, header));
    fillPresets();
    emit completeChanged();
}

void ImportMappingPage::fillPresets()
{
    m_presets->clear();
    m_presets->addItem(tr("LeadLoop's guess"));
    ImportPresets presets;
    adoptLegacyPresets(presets); // saved by LeadLoop before presets had their own file
    auto names = presets.names(ImportPlans::kindId(m_wizard->plan().kind));
    if (names)
        m_presets->addItems(*names);
    else // the saved presets cannot be read: say so rather than show none
        QMessageBox::warning(this, tr("Preset"), names.error().message);
}

void ImportMappingPage::apply(const QHash<QString, QString>& mapping)
{
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        it.value()->setCurrentIndex(std::max(0, it.value()->findData(mapping.value(it.key()))));
}

QHash<QString, QString> ImportMappingPage::mapping() const
{
    QHash<QString, QString> out;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        if (const QString column = it.value()->currentData().toString(); !column.isEmpty())
            out.insert(it.key(), column);
    return out;
}

bool ImportMappingPage::isComplete() const
{
    QStringList missing;
    if (!m_boxes.isEmpty())
        for (const QString& field : ImportPlans::required(m_wizard->plan().kind))
            if (!mapping().contains(field))
                missing.append(field);
    m_missing->setText(
        missing.isEmpty() ? QString() : tr("Choose a column for %1.").arg(missing.join(u", "_s)));
    return missing.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->plan().map = mapping();
    return true;
}

void ImportMappingPage::savePreset()
{
    const QString name =
        QInputDialog::getText(this, tr("Save preset"), tr("Name for this mapping:")).trimmed();
    if (name.isEmpty())
        return;
    if (Status saved =
            ImportPresets().save(ImportPlans::kindId(m_wizard->plan().kind), name, mapping());
        !saved) {
        QMessageBox::warning(this, tr("Save preset"), saved.error().message);
        return;
    }
    fillPresets();
    m_presets->setCurrentText(name);
}

} // namespace leadloop
