#include "pdfreportwriter.h"

#include "analytics/headlinereport.h"
#include "chartpainter.h"
#include "common/cellformat.h"
#include "report/reporthighlights.h"

#include <cmath>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr double PageWidth = 595, PageHeight = 842; // A4 in points (the writer's unit)
constexpr double Margin = 48, HeaderSpace = 28, FooterSpace = 28;
constexpr double ContentWidth = PageWidth - 2 * Margin;
constexpr double ContentBottom = PageHeight - Margin - FooterSpace;

/// A cell as people read it, by its column's kind (CellFormat); a missing figure is a dash.
QString cellText(const ResultTable& table, qsizetype row, qsizetype column, const QLocale& locale)
{
    const QVariant value = table.rows.value(row).value(column);
    if (!value.isValid() || value.isNull())
        return u"–"_s;
    return CellFormat::display(table, int(row), int(column), locale);
}

/// The pages being laid out: a cursor that starts new pages and draws what repeats on each.
/// With no painter it only counts pages (the first pass, for "Page n of N").
class Layout
{
public:
    Layout(QPainter* painter, QPagedPaintDevice* writer, QString header, QString footer, int pages)
        : m_painter(painter)
        , m_writer(writer)
        , m_header(std::move(header))
        , m_footer(std::move(footer))
        , m_pages(pages)
    {
        startPage();
    }

    int page() const { return m_page; }
    double y() const { return m_y; }
    void advance(double height) { m_y += height; }
    QPainter* painter() const { return m_painter; }
    QFont font(double points, bool bold = false) const
    {
        QFont f(PdfReportWriter::fontFamily());
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// Starts a new page when less than `height` is left on this one.
    bool ensure(double height)
    {
        if (m_y + height <= ContentBottom)
            return false;
        newPage();
        return true;
    }

    void newPage()
    {
        if (m_writer && m_painter)
            m_writer->newPage();
        ++m_page;
        startPage();
    }

    /// Text wrapped to the content width; returns its height.
    double text(const QString& text, const QFont& font, double gapAfter = 6)
    {
        const QRectF box = QFontMetricsF(font).boundingRect(QRectF(0, 0, ContentWidth, 1e6),
                                                            Qt::TextWordWrap, text);
        ensure(box.height());
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->drawText(QRectF(Margin, m_y, ContentWidth, box.height()), Qt::TextWordWrap,
                                text);
        }
        m_y += box.height() + gapAfter;
        return box.height();
    }

private:
    void startPage()
    {
        m_y = Margin + HeaderSpace;
        if (!m_painter)
            return;
        QPainter& p = *m_painter;
        p.setPen(QColor(90, 90, 90));
        p.setFont(font(7.5));
        p.drawText(QRectF(Margin, Margin - 8, ContentWidth, 14), Qt::AlignLeft, m_header);
        p.drawLine(QPointF(Margin, Margin + 10), QPointF(PageWidth - Margin, Margin + 10));
        p.drawText(QRectF(Margin, PageHeight - Margin - 6, ContentWidth, 14), Qt::AlignLeft,
                   m_footer);
        p.drawText(QRectF(Margin, PageHeight - Margin - 6, ContentWidth, 14), Qt::AlignRight,
                   PdfReportWriter::tr("Page %1 of %2").arg(m_page).arg(m_pages));
        p.setPen(Qt::black);
    }

    QPainter* m_painter;
    QPagedPaintDevice* m_writer;
    QString m_header, m_footer;
    int m_pages;
    int m_page = 1;
    double m_y = 0;
};

/// A table, its header repeated on each page it runs onto; the font shrinks until it fits.
void drawTable(Layout& layout, const ResultTable& table, const QLocale& locale);

/// The first column and the columns [first, last) of a table.
ResultTable columnsOf(const ResultTable& table, qsizetype first, qsizetype last)
{
    ResultTable part;
    part.meta = table.meta;
    part.rowKinds = table.rowKinds;
    part.columns.append(table.columns.front());
    for (qsizetype c = first; c < last; ++c)
        part.columns.append(table.columns[c]);
    for (const QVariantList& row : table.rows) {
        QVariantList cells{row.value(0)};
        for (qsizetype c = first; c < last; ++c)
            cells.append(row.value(c));
        part.addRow(cells);
    }
    return part;
}

/// A table too wide for the page (more than eight columns) as parts of at most six figures,
/// each repeating the first column.
void drawTableInParts(Layout& layout, const ResultTable& table, const QLocale& locale)
{
    if (table.columns.size() <= 8) {
        drawTable(layout, table, locale);
        return;
    }
    for (qsizetype first = 1; first < table.columns.size(); first += 6)
        drawTable(layout, columnsOf(table, first, std::min(first + 6, table.columns.size())),
                  locale);
}

/// Whether column `c` holds figures (right-aligned): not text, and every value a number or
/// missing.
bool isNumberColumn(const ResultTable& table, qsizetype c)
{
    if (table.columns[c].kind == ValueKind::Text)
        return false;
    for (const QVariantList& row : table.rows) {
        const QVariant value = row.value(c);
        if (value.isValid() && !value.isNull() && !CellFormat::isNumber(value))
            return false;
    }
    return true;
}

void drawTable(Layout& layout, const ResultTable& table, const QLocale& locale)
{
    if (table.columns.isEmpty())
        return;
    QList<bool> numeric;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        numeric.append(c > 0 && isNumberColumn(table, c));
    // The font shrinks from 8.5 points until the table fits. A text column wider than 40% of
    // the page (the methodology's list of models) wraps instead, at the size where the others
    // fit beside it.
    double points = 8.5;
    QList<double> widths;
    qsizetype wrapped = -1;
    QFont font;
    for (;; points -= 0.5) {
        font = layout.font(points);
        const QFontMetricsF metrics(font);
        widths.clear();
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            double w = 0;
            for (const QString& word : table.columns[c].title.split(u' '))
                w = std::max(w, metrics.horizontalAdvance(word));
            for (qsizetype r = 0; r < table.rows.size(); ++r)
                w = std::max(w, metrics.horizontalAdvance(cellText(table, r, c, locale)));
            widths.append(w + 8);
        }
        double total = 0;
        for (double w : widths)
            total += w;
        if (total > ContentWidth) {
            for (qsizetype c = 0; c < widths.size(); ++c)
                if (!numeric[c] && widths[c] > 0.4 * ContentWidth &&
                    total - widths[c] <= 0.6 * ContentWidth) {
                    wrapped = c;
                    widths[c] = ContentWidth - (total - widths[c]);
                    total = ContentWidth;
                    break;
                }
        }
        if (total <= ContentWidth || points <= 5.5) {
            // Spread what is left over the first (name) column.
            if (total < ContentWidth)
                widths[0] += ContentWidth - total;
            break;
        }
    }
    const QFont bold = layout.font(points, true);
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height() + 5;
    const auto rowHeight = [&](qsizetype r) {
        if (wrapped < 0)
            return lineHeight;
        const QString text = cellText(table, r, wrapped, locale);
        return std::max(lineHeight, metrics.boundingRect(QRectF(0, 0, widths[wrapped] - 6, 1e6),
                                                         Qt::TextWordWrap, text)
                                            .height() +
                                        5);
    };
    double headerHeight = 0;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        headerHeight =
            std::max(headerHeight, QFontMetricsF(bold)
                                           .boundingRect(QRectF(0, 0, widths[c] - 6, 1e6),
                                                         Qt::TextWordWrap, table.columns[c].title)
                                           .height() +
                                       6);
    const auto drawHeader = [&] {
        if (QPainter* p = layout.painter()) {
            p->fillRect(QRectF(Margin, layout.y(), ContentWidth, headerHeight),
                        QColor(232, 238, 245));
            p->setFont(bold);
            double x = Margin;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                p->drawText(QRectF(x + 3, layout.y() + 3, widths[c] - 6, headerHeight - 6),
                            (numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom |
                                Qt::TextWordWrap,
                            table.columns[c].title);
                x += widths[c];
            }
        }
        layout.advance(headerHeight);
    };
    layout.ensure(headerHeight + lineHeight * std::min<qsizetype>(3, table.rows.size()));
    drawHeader();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const double height = rowHeight(r);
        if (layout.ensure(height))
            drawHeader();
        if (QPainter* p = layout.painter()) {
            if (r % 2 == 1)
                p->fillRect(QRectF(Margin, layout.y(), ContentWidth, height),
                            QColor(246, 246, 246));
            p->setFont(font);
            double x = Margin;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                // Number columns right-aligned (with the dash of a missing figure), text left.
                p->drawText(QRectF(x + 3, layout.y(), widths[c] - 6, height),
                            (numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter |
                                (c == wrapped ? Qt::TextWordWrap : 0),
                            cellText(table, r, c, locale));
                x += widths[c];
            }
        }
        layout.advance(height);
    }
    layout.advance(10);
}

/// A chart of `height` points across the content width.
void drawChart(Layout& layout, double height, const QLocale& locale, const ChartData& chart)
{
    layout.ensure(height);
    if (QPainter* p = layout.painter()) {
        ChartStyle style = ChartStyle::print(PdfReportWriter::fontFamily());
        style.locale = locale;
        paintChart(*p, QRectF(Margin, layout.y(), ContentWidth, height), chart, style);
    }
    layout.advance(height + 8);
}

/// A headline figure's name for people.
QString figureName(const QString& key)
{
    const std::pair<const char16_t*, QString> names[] = {
        {u"visitors", PdfReportWriter::tr("Visitors")},
        {u"leads", PdfReportWriter::tr("Leads")},
        {u"customers", PdfReportWriter::tr("Customers")},
        {u"revenue", PdfReportWriter::tr("Revenue")},
        {u"cost", PdfReportWriter::tr("Cost")},
        {u"roi", PdfReportWriter::tr("Return on investment")},
        {u"win_rate", PdfReportWriter::tr("Win rate")}};
    for (const auto& [id, name] : names)
        if (key == id)
            return name;
    return key;
}

/// The cover: the title, the workspace and period, and the headline figures as tiles.
void drawCover(Layout& layout, const ExecutiveReport& report, const QString& workspace,
               const QLocale& locale)
{
    layout.advance(40);
    layout.text(report.title, layout.font(24, true), 8);
    layout.text(workspace, layout.font(13), 2);
    layout.text(PdfReportWriter::tr("Period: %1").arg(report.period), layout.font(11), 28);
    const ExecutiveReport::Section* headlines = report.section(u"headlines"_s);
    if (!headlines)
        return;
    const double tileWidth = (ContentWidth - 12) / 2, tileHeight = 64;
    int index = 0;
    for (const QVariantList& row : headlines->table.rows) {
        const QString key = row.value(0).toString();
        const int columnIndex = index % 2;
        if (columnIndex == 0 && index > 0)
            layout.advance(tileHeight + 12);
        if (QPainter* p = layout.painter()) {
            const QRectF tile(Margin + columnIndex * (tileWidth + 12), layout.y(), tileWidth,
                              tileHeight);
            p->setPen(QColor(200, 205, 212));
            p->drawRect(tile);
            p->setPen(Qt::black);
            const QString value =
                CellFormat::headline(CellFormat::kindOf(headlines->table, index, 1), row.value(1),
                                     locale, report.currency);
            p->setFont(layout.font(16, true));
            p->drawText(tile.adjusted(10, 6, -10, -32), Qt::AlignLeft | Qt::AlignVCenter, value);
            p->setFont(layout.font(9));
            p->drawText(tile.adjusted(10, 32, -10, -16), Qt::AlignLeft, figureName(key));
            const QVariant change = row.value(3);
            if (change.isValid() && !change.isNull()) {
                const double c = change.toDouble();
                p->setPen(HeadlineReport::isImprovement(key, c) ? QColor(27, 127, 59)
                                                                : QColor(176, 42, 42));
                p->drawText(tile.adjusted(10, 46, -10, -2), Qt::AlignLeft,
                            PdfReportWriter::tr("%1 against the period before")
                                .arg(CellFormat::change(c, locale)));
                p->setPen(Qt::black);
            }
        }
        ++index;
    }
    layout.advance(tileHeight + 20);
    layout.text(headlines->note, layout.font(9), 6);
}

/// Every page: the cover, then each section's heading, note, chart and table.
void drawReport(Layout& layout, const ExecutiveReport& report, const QString& workspace,
                const QLocale& locale)
{
    drawCover(layout, report, workspace, locale);
    for (const ExecutiveReport::Section& s : report.sections) {
        if (s.key == u"headlines")
            continue;
        layout.newPage();
        layout.text(s.title, layout.font(15, true), 4);
        layout.text(s.note, layout.font(9), 10);
        if (s.key == u"funnel") {
            const QStringList stages = {
                PdfReportWriter::tr("Visitors"), PdfReportWriter::tr("Leads"),
                PdfReportWriter::tr("Opportunities"), PdfReportWriter::tr("Customers")};
            QList<double> totals;
            for (const char* key : {"visitors", "leads", "opportunities", "customers"})
                totals.append(s.table.meta.value(QString::fromLatin1(key)).toDouble());
            drawChart(layout, 200, locale,
                      {ChartData::Kind::Bars,
                       PdfReportWriter::tr("From visitor to customer"),
                       stages,
                       {{PdfReportWriter::tr("People"), totals}},
                       PdfReportWriter::tr("People")});
        } else if (s.key == u"channels") {
            // Every channel that earns or spends (the Dashboard's rule, without a limit).
            const RevenueAndCost bars = ReportHighlights::revenueAndCost(s.table, 0).bottomUp();
            // Room for every channel's name: about 24 points a category.
            drawChart(layout, 90 + 24 * double(bars.groups.size()), locale,
                      {ChartData::Kind::HorizontalBars,
                       PdfReportWriter::tr("Revenue and cost (%1)").arg(report.currency),
                       bars.groups,
                       {{PdfReportWriter::tr("Revenue"), bars.revenue},
                        {PdfReportWriter::tr("Cost"), bars.cost}},
                       report.currency});
        } else if (s.key == u"uncertainty") {
            // Lead to customer per channel with its interval as error bars, bottom up.
            QStringList channels;
            ChartSeries rate{PdfReportWriter::tr("Lead to customer"), {}};
            for (const QVariantList& row : s.table.rows) {
                if (!row.value(5).isValid())
                    continue;
                channels.prepend(row.value(0).toString());
                rate.values.prepend(row.value(5).toDouble() * 100);
                rate.low.prepend(row.value(6).toDouble() * 100);
                rate.high.prepend(row.value(7).toDouble() * 100);
            }
            drawChart(layout, 90 + 24 * double(channels.size()), locale,
                      {ChartData::Kind::HorizontalBars,
                       PdfReportWriter::tr("Lead to customer, with 95 % intervals"),
                       channels,
                       {rate},
                       PdfReportWriter::tr("%")});
        } else if (s.key == u"trend") {
            QStringList weeks;
            QList<double> leads, customers;
            for (const QVariantList& row : s.table.rows) {
                weeks.append(row.value(0).toString().section(u'-', 1));
                leads.append(row.value(1).toDouble());
                customers.append(row.value(2).toDouble());
            }
            drawChart(layout, 220, locale,
                      {ChartData::Kind::Lines,
                       PdfReportWriter::tr("Leads and customers per week"),
                       weeks,
                       {{PdfReportWriter::tr("Leads"), leads},
                        {PdfReportWriter::tr("Customers"), customers}},
                       PdfReportWriter::tr("People")});
        } else if (s.key == u"scoring") {
            // Gain against the share of leads reviewed: how much faster the scores find them.
            QStringList tenths;
            QList<double> found, reviewed;
            for (const QVariantList& row : s.table.rows) {
                tenths.append(row.value(0).toString());
                found.append(row.value(4).toDouble() * 100);
                reviewed.append(row.value(0).toDouble() * 10);
            }
            drawChart(layout, 220, locale,
                      {ChartData::Kind::Bars,
                       PdfReportWriter::tr("Share found when calling the top tenths first"),
                       tenths,
                       {{PdfReportWriter::tr("Found by score"), found},
                        {PdfReportWriter::tr("Found at random"), reviewed}},
                       PdfReportWriter::tr("%")});
        }
        drawTableInParts(layout, s.table, locale);
    }
}

} // namespace

QString PdfReportWriter::fontFamily()
{
    static const QString family = [] {
        QString name;
        for (const QString& file :
             {u":/leadloop/fonts/DejaVuSans.ttf"_s, u":/leadloop/fonts/DejaVuSans-Bold.ttf"_s}) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? u"DejaVu Sans"_s : name;
    }();
    return family;
}

int PdfReportWriter::paint(const ExecutiveReport& report, const QString& workspaceName,
                           qint64 generatedAt, QPagedPaintDevice& device)
{
    const QLocale locale;
    const QString generated =
        locale.toString(QDateTime::fromMSecsSinceEpoch(generatedAt).date(), QLocale::ShortFormat);
    const QString header = u"%1 · %2"_s.arg(report.title, workspaceName);
    const QString footer =
        tr("Period: %1 · generated %2 by LeadLoop").arg(report.period, generated);
    // First pass: count the pages.
    Layout counting(nullptr, nullptr, header, footer, 0);
    drawReport(counting, report, workspaceName, locale);
    const int pages = counting.page();

    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    // Laid out in points, whatever the device's resolution.
    painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    Layout drawing(&painter, &device, header, footer, pages);
    drawReport(drawing, report, workspaceName, locale);
    return pages;
}

Result<int> PdfReportWriter::write(const ExecutiveReport& report, const QString& workspaceName,
                                   const QString& path, qint64 generatedAt)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(72); // one unit is one point
        writer.setTitle(report.title);
        writer.setCreator(u"LeadLoop"_s);
        pages = paint(report, workspaceName, generatedAt, writer);
    }
    if (!file.commit())
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return pages;
}

} // namespace leadloop
