#include "importpreviewpage.h"

#include "importwizard.h"
#include "ingest/tablefile.h"
#include "ingest/timeparser.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_timeZone(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_rows(new QStandardItemModel(this))
    , m_table(new QTableView(this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as LeadLoop reads them. If the letters or the columns look "
                   "wrong, change the encoding or the delimiter."));
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("Detect"), QByteArray());
    for (const char* name : {"UTF-8", "UTF-16", "windows-1250", "windows-1251", "windows-1252",
                             "ISO-8859-1", "ISO-8859-2"})
        m_encoding->addItem(QString::fromLatin1(name), QByteArray(name));
    m_delimiter->setObjectName(u"delimiter"_s);
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Pipe |"), int('|'));
    m_sheet->setObjectName(u"sheet"_s);
    m_sheet->setEditable(true);
    m_sheet->setPlaceholderText(tr("the first sheet"));
    m_timeZone->setObjectName(u"timeZone"_s);
    m_timeZone->addItem(u"UTC"_s);
    for (const char* zone :
         {"Europe/Warsaw", "Europe/Amsterdam", "Europe/Stockholm", "Europe/Moscow", "Europe/London",
          "America/New_York", "America/Los_Angeles"})
        m_timeZone->addItem(QString::fromLatin1(zone));
    m_timeZone->setToolTip(tr("The zone of times written without one."));
    auto* options = new QHBoxLayout;
    for (auto [label, box] :
         {std::pair{tr("&Encoding:"), m_encoding}, std::pair{tr("&Delimiter:"), m_delimiter},
          std::pair{tr("&Sheet:"), m_sheet}, std::pair{tr("Time &zone:"), m_timeZone}}) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        options->addWidget(l);
        options->addWidget(box, 1);
    }
    m_detected->setObjectName(u"detected"_s);
    m_detected->setWordWrap(true);
    m_table->setObjectName(u"preview"_s);
    m_table->setModel(m_rows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
    for (QComboBox* box : {m_encoding, m_delimiter, m_timeZone})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::refresh);
    connect(m_sheet, &QComboBox::currentTextChanged, this, &ImportPreviewPage::refresh);
}

void ImportPreviewPage::initializePage()
{
    m_sheet->setEnabled(m_wizard->plan().path.endsWith(u".xlsx"_s, Qt::CaseInsensitive));
    // Costs and rates are calendar days: no time zone applies to them.
    const ImportKind kind = m_wizard->plan().kind;
    m_timeZone->setEnabled(kind == ImportKind::Tracking || kind == ImportKind::Crm);
    if (!m_timeZone->isEnabled())
        m_timeZone->setCurrentIndex(0);
    refresh();
}

void ImportPreviewPage::refresh()
{
    const QString path = m_wizard->plan().path.toLower();
    if (path.contains(u".json"_s) || path.contains(u".ndjson"_s)) {
        // JSON exports (GA4, Universal Analytics, Snowplow) have a layout LeadLoop knows.
        m_rows->clear();
        m_wizard->header().clear();
        m_ok = true;
        m_detected->setText(tr("A JSON export: LeadLoop reads it by its own layout (GA4, "
                               "Universal Analytics or Snowplow), so there are no columns to "
                               "preview or map."));
        emit completeChanged();
        return;
    }
    TableFileOptions options;
    options.encoding = m_encoding->currentData().toByteArray();
    options.delimiter = char(m_delimiter->currentData().toInt());
    options.sheet = m_sheet->currentText().trimmed();
    auto preview = TableFiles::preview(m_wizard->plan().path, options, 50);
    m_rows->clear();
    m_ok = preview.ok();
    if (!preview) {
        m_detected->setText(preview.error().message);
        m_wizard->header().clear();
        emit completeChanged();
        return;
    }
    // The time column LeadLoop would read, shown first as UTC in the chosen zone, so a wrong
    // zone shows at once.
    const QHash<QString, QString> guessed =
        ImportPlans::guess(m_wizard->plan().kind, preview->header);
    QString timeField;
    for (const QString& field : {u"time"_s, u"date"_s, u"contact_created"_s, u"deal_created"_s})
        if (guessed.contains(field)) {
            timeField = field;
            break;
        }
    const qsizetype timeColumn =
        timeField.isEmpty() ? -1 : preview->header.indexOf(guessed.value(timeField));
    const TimeParser parser({}, QTimeZone(m_timeZone->currentText().toUtf8()));
    QStringList labels = preview->header;
    if (timeColumn >= 0)
        labels.prepend(tr("%1 as read (UTC)").arg(preview->header[timeColumn]));
    m_rows->setHorizontalHeaderLabels(labels);
    for (const QStringList& row : preview->rows) {
        QList<QStandardItem*> items;
        if (timeColumn >= 0) {
            const QByteArray text = row.value(timeColumn).toUtf8();
            const auto at = parser.parse(std::string_view(text.constData(), size_t(text.size())));
            auto* read = new QStandardItem(
                at ? QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                   : tr("not a time"));
            read->setForeground(at ? palette().text() : QBrush(QColor(0xb0, 0x2a, 0x2a)));
            items.append(read);
        }
        for (const QString& cell : row)
            items.append(new QStandardItem(cell));
        m_rows->appendRow(items);
    }
    const QString delimiter = preview->format.delimiter == '\t'
                                  ? tr("tab")
                                  : QString(QLatin1Char(preview->format.delimiter));
    m_detected->setText(
        preview->xlsx ? tr("A spreadsheet: %Ln columns.", nullptr, int(preview->header.size()))
                      : tr("Read as %1, columns separated by \"%2\": %3 columns.")
                            .arg(QString::fromLatin1(preview->format.encoding), delimiter)
                            .arg(preview->header.size()));
    m_wizard->header() = preview->header;
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

bool ImportPreviewPage::validatePage()
{
    ImportPlan& plan = m_wizard->plan();
    plan.encoding = m_encoding->currentData().toByteArray();
    plan.delimiter = char(m_delimiter->currentData().toInt());
    plan.sheet = m_sheet->currentText().trimmed();
    plan.timeZone = m_timeZone->currentText();
    return true;
}

} // namespace leadloop
