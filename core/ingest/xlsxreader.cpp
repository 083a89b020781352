#include "xlsxreader.h"

#include "timeparser.h"

#include <cmath>
#include <QDir>
#include <QRegularExpression>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// 0-based column of a cell reference such as "C5" or "AA12".
int columnOf(QStringView reference)
{
    int column = 0;
    for (QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    return column - 1;
}

bool isDateFormatCode(QString code)
{
    // Drop quoted text, escaped characters and [colour]/[$-locale] sections, then look for date
    // or time letters.
    code.remove(QRegularExpression(u"\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]"_s));
    return code.contains(
        QRegularExpression(u"[dmyhs]"_s, QRegularExpression::CaseInsensitiveOption));
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

} // namespace

std::string XlsxReader::serialToIso(double serial, bool date1904)
{
    // 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900 that did not exist,
    // so from day 61 on the epoch is 1899-12-30. 1904 system: day 0 is 1904-01-01.
    const qint64 epochDays =
        date1904 ? daysFromCivil(1904, 1, 1)
                 : (serial < 61 ? daysFromCivil(1899, 12, 31) : daysFromCivil(1899, 12, 30));
    const qint64 ms = qint64(std::llround(serial * 86'400'000.0));
    qint64 days = epochDays + ms / 86'400'000;
    qint64 rest = ms % 86'400'000;
    // Civil date from days (Howard Hinnant).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
    char out[128];
    std::snprintf(out, sizeof out, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lld", y, m, d,
                  rest / 3'600'000, rest / 60'000 % 60, rest / 1000 % 60, rest % 1000);
    return out;
}

XlsxReader::~XlsxReader() = default;

Status XlsxReader::openPart(const QString& name)
{
    m_xml.reset();
    m_part.reset();
    if (!m_zip->setCurrentFile(name))
        return Error{ErrorCode::BadInput, tr("%1 has no part %2; it is not a valid .xlsx file.")
                                              .arg(QDir::toNativeSeparators(m_path), name)};
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    if (qint64(info.uncompressedSize) > MaxPartBytes ||
        (info.uncompressedSize > 100 * 1024 * 1024 &&
         qint64(info.uncompressedSize) > MaxRatio * qint64(qMax<quint64>(info.compressedSize, 1))))
        return Error{
            ErrorCode::BadInput,
            tr("%1: the part %2 would unpack to %3 MB from %4 KB; LeadLoop refuses it as a "
               "possible zip bomb.")
                .arg(QDir::toNativeSeparators(m_path), name)
                .arg(info.uncompressedSize / (1024 * 1024))
                .arg(info.compressedSize / 1024)};
    m_part = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_part->open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::BadInput,
            tr("%1: cannot read the part %2.").arg(QDir::toNativeSeparators(m_path), name)};
    m_xml = std::make_unique<QXmlStreamReader>(m_part.get());
    return {};
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString& path, const QString& sheet)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader());
    reader->m_path = path;
    reader->m_zip = std::make_unique<QuaZip>(path);
    if (!reader->m_zip->open(QuaZip::mdUnzip))
        return Error{ErrorCode::BadInput,
                     tr("%1 is not an .xlsx file (it cannot be opened as a zip archive).")
                         .arg(QDir::toNativeSeparators(path))};
    QString sheetPath;
    if (Status read = reader->readWorkbook(sheet, &sheetPath); !read)
        return read.error();
    if (Status read = reader->readSharedStrings(); !read)
        return read.error();
    if (Status read = reader->readStyles(); !read)
        return read.error();
    if (Status opened = reader->openPart(sheetPath); !opened)
        return opened.error();
    return reader;
}

Status XlsxReader::readWorkbook(const QString& sheet, QString* sheetPath)
{
    // Relationship ids to part paths.
    QHash<QString, QString> targets;
    if (Status opened = openPart(u"xl/_rels/workbook.xml.rels"_s); !opened)
        return opened;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        if (m_xml->readNext() == QXmlStreamReader::StartElement &&
            m_xml->name() == u"Relationship") {
            QString target = m_xml->attributes().value(u"Target"_s).toString();
            target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            targets.insert(m_xml->attributes().value(u"Id"_s).toString(), target);
        }
    }
    if (Status opened = openPart(u"xl/workbook.xml"_s); !opened)
        return opened;
    QStringList sheetTargets;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        if (m_xml->readNext() != QXmlStreamReader::StartElement)
            continue;
        if (m_xml->name() == u"workbookPr") {
            const auto value = m_xml->attributes().value(u"date1904"_s);
            m_date1904 = value == u"1" || value == u"true";
        } else if (m_xml->name() == u"sheet") {
            m_sheetNames.append(m_xml->attributes().value(u"name"_s).toString());
            QString id;
            for (const QXmlStreamAttribute& a : m_xml->attributes())
                if (a.name() == u"id")
                    id = a.value().toString();
            sheetTargets.append(targets.value(id));
        }
    }
    if (m_xml->hasError())
        return Error{ErrorCode::BadInput,
                     tr("%1: the workbook is damaged (%2).")
                         .arg(QDir::toNativeSeparators(m_path), m_xml->errorString())};
    const qsizetype index = sheet.isEmpty() ? 0 : m_sheetNames.indexOf(sheet);
    if (index < 0 || index >= sheetTargets.size() || sheetTargets[index].isEmpty())
        return Error{
            ErrorCode::BadInput,
            sheet.isEmpty()
                ? tr("%1 has no worksheet.").arg(QDir::toNativeSeparators(m_path))
                : tr("%1 has no sheet called '%2'; its sheets are: %3.")
                      .arg(QDir::toNativeSeparators(m_path), sheet, m_sheetNames.join(u", "_s))};
    *sheetPath = sheetTargets[index];
    return {};
}

Status XlsxReader::readSharedStrings()
{
    if (!m_zip->setCurrentFile(u"xl/sharedStrings.xml"_s))
        return {}; // a workbook without strings
    if (Status opened = openPart(u"xl/sharedStrings.xml"_s); !opened)
        return opened;
    std::string current;
    bool inPhonetic = false;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::DTD)
            return Error{ErrorCode::BadInput,
                         tr("%1 declares XML entities, which LeadLoop refuses.")
                             .arg(QDir::toNativeSeparators(m_path))};
        if (token == QXmlStreamReader::StartElement) {
            if (m_xml->name() == u"si")
                current.clear();
            else if (m_xml->name() == u"rPh")
                inPhonetic = true; // East Asian reading aids are not part of the text
            else if (m_xml->name() == u"t" && !inPhonetic)
                current += m_xml->readElementText().toStdString();
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_xml->name() == u"si")
                m_sharedStrings.push_back(current);
            else if (m_xml->name() == u"rPh")
                inPhonetic = false;
        }
    }
    if (m_xml->hasError())
        return Error{ErrorCode::BadInput,
                     tr("%1: the shared strings are damaged (%2).")
                         .arg(QDir::toNativeSeparators(m_path), m_xml->errorString())};
    return {};
}

Status XlsxReader::readStyles()
{
    if (!m_zip->setCurrentFile(u"xl/styles.xml"_s))
        return {};
    if (Status opened = openPart(u"xl/styles.xml"_s); !opened)
        return opened;
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto a = m_xml->attributes();
            if (m_xml->name() == u"numFmt")
                customDate.insert(a.value(u"numFmtId"_s).toInt(),
                                  isDateFormatCode(a.value(u"formatCode"_s).toString()));
            else if (m_xml->name() == u"cellXfs")
                inCellXfs = true;
            else if (m_xml->name() == u"xf" && inCellXfs) {
                const int id = a.value(u"numFmtId"_s).toInt();
                m_dateStyles.push_back(customDate.contains(id) ? customDate.value(id)
                                                               : isBuiltinDateFormat(id));
            }
        } else if (token == QXmlStreamReader::EndElement && m_xml->name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return {};
}

std::string XlsxReader::cellText(const QString& type, const QString& value, int style) const
{
    if (type == u"s") {
        const int index = value.toInt();
        return index >= 0 && size_t(index) < m_sharedStrings.size() ? m_sharedStrings[size_t(index)]
                                                                    : std::string();
    }
    if (type == u"b")
        return value == u"1" ? "TRUE" : "FALSE";
    if (type.isEmpty() || type == u"n") {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok && style >= 0 && size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)])
            return serialToIso(number, m_date1904);
    }
    return value.toStdString(); // numbers, formula strings, errors
}

bool XlsxReader::next()
{
    if (failed() || !m_xml)
        return false;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        const auto token = m_xml->readNext();
        if (token == QXmlStreamReader::DTD) {
            m_error = tr("%1 declares XML entities, which LeadLoop refuses.")
                          .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        if (token != QXmlStreamReader::StartElement || m_xml->name() != u"row")
            continue;
        const qint64 number = m_xml->attributes().value(u"r"_s).toLongLong();
        m_row = number > 0 ? number : m_row + 1;
        m_cells.clear();
        while (!m_xml->atEnd() && !m_xml->hasError()) {
            const auto t = m_xml->readNext();
            if (t == QXmlStreamReader::EndElement && m_xml->name() == u"row")
                break;
            if (t != QXmlStreamReader::StartElement || m_xml->name() != u"c")
                continue;
            const auto a = m_xml->attributes();
            const QString reference = a.value(u"r"_s).toString();
            const int column = reference.isEmpty() ? int(m_cells.size()) : columnOf(reference);
            const QString type = a.value(u"t"_s).toString();
            const int style = a.hasAttribute(u"s"_s) ? a.value(u"s"_s).toInt() : -1;
            QString value;
            while (!m_xml->atEnd() && !m_xml->hasError()) {
                const auto inner = m_xml->readNext();
                if (inner == QXmlStreamReader::EndElement && m_xml->name() == u"c")
                    break;
                if (inner == QXmlStreamReader::StartElement &&
                    (m_xml->name() == u"v" || m_xml->name() == u"t"))
                    value += m_xml->readElementText();
            }
            if (column < 0 || column > 16383)
                continue;
            if (m_cells.size() <= size_t(column))
                m_cells.resize(size_t(column) + 1);
            m_cells[size_t(column)] = cellText(type, value, style);
        }
        // A part that cannot be read to its end (a damaged zip entry) is an error that stops
        // here, never a row cut short; QXmlStreamReader would otherwise wait for more forever.
        if (m_xml->hasError())
            break;
        m_views.assign(m_cells.begin(), m_cells.end());
        return true;
    }
    if (m_xml->hasError()) {
        m_error = tr("%1: the sheet is damaged near row %2 (%3).")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(m_row + 1)
                      .arg(m_xml->errorString());
    }
    return false;
}

QString XlsxReader::rawText() const
{
    QStringList cells;
    for (const std::string& cell : m_cells)
        cells.append(QString::fromStdString(cell));
    return cells.join(u'\t');
}

} // namespace leadloop
