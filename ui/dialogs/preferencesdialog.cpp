#include "preferencesdialog.h"

#include "common/translations.h"
#include "sales/outcometagger.h"
#include "settings/appearance.h"
#include "settings/desktopsettings.h"
#include "snapshotpreferencespage.h"
#include "store/snapshotsettings.h"
#include "tracking/channelruleset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

PreferencesDialog::PreferencesDialog(const DesktopSettings& settings,
                                     std::optional<WorkspacePreferences> workspace, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_workspace(std::move(workspace))
{
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(560);
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(desktopPage(), tr("&You"));
    m_snapshots = new SnapshotPreferencesPage(SnapshotSettings().policy(), this);
    m_snapshots->setObjectName(u"snapshotsPage"_s);
    tabs->addTab(m_snapshots, tr("S&napshots"));
    const int workspaceTab = tabs->addTab(workspacePage(), tr("&Workspace"));
    const int channelsTab = tabs->addTab(channelsPage(), tr("&Channels"));
    tabs->setTabEnabled(workspaceTab, m_workspace.has_value());
    tabs->setTabEnabled(channelsTab, m_workspace.has_value());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void PreferencesDialog::showTeam(const QString& server, const QString& login, const QString& role,
                                 const QString& lastSync)
{
    auto* page = new QWidget(this);
    page->setObjectName(u"teamPage"_s);
    auto* form = new QFormLayout(page);
    const auto add = [&](const QString& label, const QString& value, const char* name) {
        auto* text = new QLabel(value.isEmpty() ? tr("(not known yet)") : value, page);
        text->setObjectName(QString::fromLatin1(name));
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setWordWrap(true);
        form->addRow(label, text);
    };
    add(tr("Server:"), server, "teamServer");
    add(tr("Login:"), login, "teamLogin");
    add(tr("Role:"), role, "teamRole");
    add(tr("Last sync:"), lastSync, "teamLastSync");
    auto* note = new QLabel(tr("The server decides what each role may do: owners everything and "
                               "the members, managers imports, costs and settings, reps the tags "
                               "of their own leads, viewers reading and reports. Passwords come "
                               "from ~/.pgpass and are never stored in the workspace."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    m_tabs->addTab(page, tr("&Team"));
}

QWidget* PreferencesDialog::desktopPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_user = new QLineEdit(m_settings.userName.get(), page);
    m_user->setObjectName(u"userName"_s);
    m_user->setPlaceholderText(OutcomeTagger::defaultUser());
    form->addRow(tr("Your &name:"), m_user);
    form->addRow(new QLabel(tr("Tags you make are recorded with this name, and \"My leads\" shows "
                               "the leads it owns."),
                            page));
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    for (const QString& name : availableLanguages())
        m_language->addItem(QLocale(name).nativeLanguageName(), name);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language.get())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(new QLabel(tr("A new language shows the next time LeadLoop starts."), page));
    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"theme"_s);
    m_theme->addItem(tr("System"), u"system"_s);
    m_theme->addItem(tr("Light"), u"light"_s);
    m_theme->addItem(tr("Dark"), u"dark"_s);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(m_settings.theme.get())));
    form->addRow(tr("&Theme:"), m_theme);
    for (QLabel* hint : page->findChildren<QLabel*>())
        if (!hint->buddy()) {
            hint->setWordWrap(true);
            hint->setStyleSheet(u"color: palette(mid);"_s);
        }
    return page;
}

QWidget* PreferencesDialog::workspacePage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    const WorkspacePreferences p = m_workspace.value_or(WorkspacePreferences{});
    m_currency = new QLineEdit(p.currency, page);
    m_currency->setObjectName(u"currency"_s);
    m_currency->setMaxLength(3);
    m_currency->setInputMask(u">AAA"_s);
    form->addRow(tr("Reporting &currency:"), m_currency);
    m_timeout = new QSpinBox(page);
    m_timeout->setObjectName(u"sessionTimeout"_s);
    m_timeout->setRange(1, 1440);
    m_timeout->setSuffix(tr(" minutes"));
    m_timeout->setValue(p.sessionTimeoutMinutes);
    form->addRow(tr("&Session timeout:"), m_timeout);
    m_lookback = new QSpinBox(page);
    m_lookback->setObjectName(u"lookback"_s);
    m_lookback->setRange(0, 3650);
    m_lookback->setSuffix(tr(" days"));
    m_lookback->setSpecialValueText(tr("unlimited"));
    m_lookback->setValue(p.lookbackDays);
    form->addRow(tr("Attribution &lookback:"), m_lookback);
    m_reasons = new QListWidget(page);
    m_reasons->setObjectName(u"lostReasons"_s);
    m_reasons->addItems(p.lostReasons);
    auto* add = new QPushButton(tr("&Add…"), page);
    auto* remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString reason =
            QInputDialog::getText(this, tr("Lost reason"), tr("A reason deals are lost:"))
                .trimmed();
        if (!reason.isEmpty() && m_reasons->findItems(reason, Qt::MatchFixedString).isEmpty())
            m_reasons->addItem(reason);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_reasons->currentItem(); });
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* reasons = new QHBoxLayout;
    reasons->addWidget(m_reasons, 1);
    reasons->addLayout(buttons);
    form->addRow(tr("Lost reasons:"), reasons);
    return page;
}

QWidget* PreferencesDialog::channelsPage()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_ruleSet = new QComboBox(page);
    m_ruleSet->setObjectName(u"ruleSet"_s);
    m_ruleSet->addItem(tr("GA4 default channel group"), u"ga4"_s);
    m_ruleSet->addItem(tr("HubSpot-style sources"), u"hubspot"_s);
    std::optional<std::pair<QString, QList<OverrideRule>>> yours;
    if (m_workspace) {
        m_customJson = m_workspace->channels.customJson;
        yours = m_workspace->channels.id == u"custom" ? ChannelOverrides::parse(m_customJson)
                                                      : std::nullopt;
        if (m_workspace->channels.id == u"custom" && !yours)
            m_ruleSet->addItem(tr("Custom rules (this workspace's)"), u"custom"_s);
        const QString shown = yours ? yours->first : m_workspace->channels.id;
        m_ruleSet->setCurrentIndex(std::max(0, m_ruleSet->findData(shown)));
    }
    auto* file = new QPushButton(tr("Custom rules from a &file…"), page);
    connect(file, &QPushButton::clicked, this, &PreferencesDialog::chooseRuleFile);
    auto* row = new QHBoxLayout;
    row->addWidget(m_ruleSet, 1);
    row->addWidget(file);
    auto* label = new QLabel(tr("Channel &grouping:"), page);
    label->setBuddy(m_ruleSet);
    form->addRow(label, row);
    auto* hint = new QLabel(tr("Changing the grouping classifies every stored session again; "
                               "Edit > Undo puts the previous grouping back."),
                            page);
    hint->setWordWrap(true);
    form->addRow(hint);

    // Your own rules, checked before the grouping's.
    m_yours = new QTableWidget(0, 4, page);
    m_yours->setObjectName(u"yourRules"_s);
    m_yours->setHorizontalHeaderLabels({tr("Channel"), tr("Field"), tr("Comparison"), tr("Value")});
    m_yours->verticalHeader()->hide();
    m_yours->horizontalHeader()->setStretchLastSection(true);
    m_yours->setMinimumHeight(120);
    auto* addRule = new QPushButton(tr("Add a &rule"), page);
    auto* removeRule = new QPushButton(tr("Remove the rule"), page);
    connect(addRule, &QPushButton::clicked, this, [this] { addYourRule(); });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        m_yours->removeRow(m_yours->currentRow());
        test();
    });
    connect(m_yours, &QTableWidget::cellChanged, this, &PreferencesDialog::test);
    auto* ruleButtons = new QVBoxLayout;
    ruleButtons->addWidget(addRule);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch(1);
    auto* rules = new QHBoxLayout;
    rules->addWidget(m_yours, 1);
    rules->addLayout(ruleButtons);
    form->addRow(new QLabel(tr("<b>Your rules</b>, checked before the grouping's, first match "
                               "wins:"),
                            page));
    form->addRow(rules);
    if (yours)
        for (const OverrideRule& rule : yours->second)
            addYourRule(rule);

    m_testSource = new QLineEdit(u"google"_s, page);
    m_testSource->setObjectName(u"testSource"_s);
    m_testMedium = new QLineEdit(u"cpc"_s, page);
    m_testMedium->setObjectName(u"testMedium"_s);
    m_testCampaign = new QLineEdit(page);
    m_testCampaign->setObjectName(u"testCampaign"_s);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::RichText);
    form->addRow(new QLabel(tr("<b>Try the grouping</b>"), page));
    form->addRow(tr("S&ource:"), m_testSource);
    form->addRow(tr("&Medium:"), m_testMedium);
    form->addRow(tr("Ca&mpaign:"), m_testCampaign);
    form->addRow(tr("Channel:"), m_testResult);
    for (QLineEdit* edit : {m_testSource, m_testMedium, m_testCampaign})
        connect(edit, &QLineEdit::textChanged, this, &PreferencesDialog::test);
    connect(m_ruleSet, &QComboBox::currentIndexChanged, this, &PreferencesDialog::test);
    test();
    return page;
}

void PreferencesDialog::chooseRuleFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Channel rules"), QString(),
                                                      tr("Channel rules (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    auto rules = ChannelRuleSet::fromJson(json, QFileInfo(path).absolutePath(), path);
    if (!rules) {
        QMessageBox::warning(this, tr("Channel rules"), rules.error().message);
        return;
    }
    m_customJson = QString::fromUtf8(json);
    if (m_ruleSet->findData(u"custom"_s) < 0)
        m_ruleSet->addItem(tr("Custom rules (this workspace's)"), u"custom"_s);
    m_ruleSet->setCurrentIndex(m_ruleSet->findData(u"custom"_s));
    test();
}

void PreferencesDialog::addYourRule(const OverrideRule& rule)
{
    const QSignalBlocker quiet(m_yours); // the row is whole before anyone reads it
    const int row = m_yours->rowCount();
    m_yours->insertRow(row);
    m_yours->setItem(row, 0, new QTableWidgetItem(rule.channel));
    m_yours->setItem(row, 3, new QTableWidgetItem(rule.value));
    const std::pair<int, std::pair<QStringList, QString>> combos[] = {
        {1, {ChannelOverrides::fields(), rule.field}},
        {2, {ChannelOverrides::comparisons(), rule.comparison}}};
    for (const auto& [column, choice] : combos) {
        auto* box = new QComboBox(m_yours);
        box->addItems(choice.first);
        box->setCurrentText(choice.second);
        connect(box, &QComboBox::currentIndexChanged, this, &PreferencesDialog::test);
        m_yours->setCellWidget(row, column, box);
    }
    test();
}

QList<OverrideRule> PreferencesDialog::yourRules() const
{
    QList<OverrideRule> out;
    for (int row = 0; row < m_yours->rowCount(); ++row) {
        const auto text = [&](int column) {
            return m_yours->item(row, column) ? m_yours->item(row, column)->text().trimmed()
                                              : QString();
        };
        const auto choice = [&](int column) {
            auto* box = qobject_cast<QComboBox*>(m_yours->cellWidget(row, column));
            return box ? box->currentText() : QString();
        };
        out.append({text(0), choice(1), choice(2), text(3)});
    }
    return out;
}

Result<QString> PreferencesDialog::customJson() const
{
    const QList<OverrideRule> rules = yourRules();
    const QString id = m_ruleSet->currentData().toString();
    if (rules.isEmpty() || id == u"custom")
        return m_customJson;
    return ChannelOverrides::compose(id, rules);
}

void PreferencesDialog::accept()
{
    if (m_workspace && !yourRules().isEmpty()) {
        if (auto json = customJson(); !json) {
            QMessageBox::warning(this, tr("Your channel rules"), json.error().message);
            return;
        }
    }
    QDialog::accept();
}

void PreferencesDialog::test()
{
    if (!m_testResult)
        return;
    const QString id = m_ruleSet->currentData().toString();
    const bool yours = m_yours && !yourRules().isEmpty() && id != u"custom";
    Result<ChannelRuleSet> rules = Error{ErrorCode::BadInput, QString()};
    if (yours || id == u"custom") {
        auto json = customJson();
        rules = json ? ChannelRuleSet::fromJson(json->toUtf8(), QString(), tr("the custom rules"))
                     : Result<ChannelRuleSet>(json.error());
    } else {
        rules = ChannelRuleSet::builtin(id);
    }
    if (!rules) {
        m_testResult->setText(rules.error().message.toHtmlEscaped());
        return;
    }
    const ChannelMatch match = rules->classify({m_testSource->text().trimmed(),
                                                m_testMedium->text().trimmed(),
                                                m_testCampaign->text().trimmed(),
                                                {},
                                                {}});
    m_testResult->setText(
        tr("<b>%1</b> (rule %2)").arg(match.channel.toHtmlEscaped(), match.rule.toHtmlEscaped()));
}

void PreferencesDialog::saveDesktop() const
{
    m_settings.userName.set(m_user->text().trimmed());
    m_settings.language.set(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    if (theme != m_settings.theme.get())
        Appearance::apply(theme);
    m_settings.theme.set(theme);
    SnapshotSettings().set(m_snapshots->policy());
}

WorkspacePreferences PreferencesDialog::workspacePreferences() const
{
    if (!m_workspace)
        return {};
    WorkspacePreferences p = *m_workspace;
    p.currency = m_currency->text().trimmed().toUpper();
    p.sessionTimeoutMinutes = m_timeout->value();
    p.lookbackDays = m_lookback->value();
    p.lostReasons.clear();
    for (int i = 0; i < m_reasons->count(); ++i)
        p.lostReasons.append(m_reasons->item(i)->text());
    const QString id = m_ruleSet->currentData().toString();
    if (!yourRules().isEmpty() && id != u"custom") {
        auto json = customJson();
        p.channels = {u"custom"_s, json ? *json : m_workspace->channels.customJson};
    } else {
        p.channels = {id, id == u"custom" ? m_customJson : m_workspace->channels.customJson};
    }
    return p;
}

} // namespace leadloop
