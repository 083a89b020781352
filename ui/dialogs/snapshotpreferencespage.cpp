#include "snapshotpreferencespage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace leadloop {

SnapshotPreferencesPage::SnapshotPreferencesPage(const SnapshotPolicy& policy, QWidget* parent)
    : QWidget(parent)
    , m_enabled(
          new QCheckBox(tr("&Keep a snapshot before every import, removal and upgrade"), this))
    , m_keep(new QSpinBox(this))
    , m_size(new QSpinBox(this))
    , m_folder(new QLineEdit(QDir::toNativeSeparators(policy.folder), this))
{
    m_enabled->setObjectName(u"snapshotsEnabled"_s);
    m_enabled->setChecked(policy.enabled);
    m_keep->setObjectName(u"snapshotsKeep"_s);
    m_keep->setRange(1, 100);
    m_keep->setValue(policy.keep);
    m_size->setObjectName(u"snapshotsMaxSize"_s);
    m_size->setRange(1, 1024 * 1024);
    m_size->setSuffix(tr(" MB"));
    m_size->setValue(int(policy.maxBytes / (1024 * 1024)));
    m_folder->setObjectName(u"snapshotsFolder"_s);
    m_folder->setPlaceholderText(tr("Beside each workspace"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &SnapshotPreferencesPage::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout(this);
    form->addRow(m_enabled);
    form->addRow(tr("Keep the &newest:"), m_keep);
    form->addRow(tr("&Up to, in all:"), m_size);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    auto* hint = new QLabel(
        tr("A snapshot is a verified copy of the workspace as it was before a change. File > "
           "Restore… puts one back. The newest snapshot is always kept, even when "
           "it alone is larger than the limit."),
        this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: palette(mid);"_s);
    form->addRow(hint);
    connect(m_enabled, &QCheckBox::toggled, this, &SnapshotPreferencesPage::updateEnabled);
    updateEnabled();
}

SnapshotPolicy SnapshotPreferencesPage::policy() const
{
    SnapshotPolicy p;
    p.enabled = m_enabled->isChecked();
    p.keep = m_keep->value();
    p.maxBytes = qint64(m_size->value()) * 1024 * 1024;
    p.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return p;
}

void SnapshotPreferencesPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for Snapshots"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SnapshotPreferencesPage::updateEnabled()
{
    for (QWidget* w : {static_cast<QWidget*>(m_keep), static_cast<QWidget*>(m_size),
                       static_cast<QWidget*>(m_folder)})
        w->setEnabled(m_enabled->isChecked());
}

} // namespace leadloop
