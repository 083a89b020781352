#include "xlsxexport.h"

#include "common/cellformat.h"

#include <QBuffer>
#include <QSaveFile>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// A spreadsheet column's letters: 0 → A, 26 → AA.
QString columnName(qsizetype index)
{
    QString name;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return name;
}

/// The number formats a table's cells use, each with its cell style: 0 is plain, 1 bold (the
/// header row), then one style per format (CellFormat::numberFormat of the cell's kind).
struct NumberStyles
{
    QStringList formats; ///< style 2 + i has formats[i]

    int styleOf(const ResultTable& table, qsizetype row, qsizetype column)
    {
        const ValueKind kind = CellFormat::kindOf(table, int(row), int(column));
        const QString format = CellFormat::numberFormat(kind, table.columns[column].decimals);
        if (format.isEmpty())
            return 0;
        qsizetype i = formats.indexOf(format);
        if (i < 0) {
            formats.append(format);
            i = formats.size() - 1;
        }
        return int(i) + 2;
    }
};

/// The worksheet: a frozen bold header row, then the rows; figures carry their number format.
QByteArray sheetXml(const ResultTable& table, NumberStyles& styles)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(u"worksheet"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
    w.writeStartElement(u"sheetViews"_s);
    w.writeStartElement(u"sheetView"_s);
    w.writeAttribute(u"workbookViewId"_s, u"0"_s);
    w.writeEmptyElement(u"pane"_s);
    w.writeAttribute(u"ySplit"_s, u"1"_s);
    w.writeAttribute(u"topLeftCell"_s, u"A2"_s);
    w.writeAttribute(u"state"_s, u"frozen"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(u"cols"_s);
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        w.writeEmptyElement(u"col"_s);
        w.writeAttribute(u"min"_s, QString::number(c + 1));
        w.writeAttribute(u"max"_s, QString::number(c + 1));
        w.writeAttribute(u"width"_s, QString::number(std::max<qsizetype>(
                                         10, table.columns[c].title.size() + 2)));
        w.writeAttribute(u"customWidth"_s, u"1"_s);
    }
    w.writeEndElement();
    w.writeStartElement(u"sheetData"_s);
    const auto text = [&w](const QString& ref, const QString& value, bool bold) {
        w.writeStartElement(u"c"_s);
        w.writeAttribute(u"r"_s, ref);
        w.writeAttribute(u"t"_s, u"inlineStr"_s);
        if (bold)
            w.writeAttribute(u"s"_s, u"1"_s);
        w.writeStartElement(u"is"_s);
        w.writeStartElement(u"t"_s);
        w.writeAttribute(u"xml:space"_s, u"preserve"_s);
        w.writeCharacters(value);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    };
    w.writeStartElement(u"row"_s);
    w.writeAttribute(u"r"_s, u"1"_s);
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        text(columnName(c) + u'1', table.columns[c].title, true);
    w.writeEndElement();
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QString number = QString::number(r + 2);
        w.writeStartElement(u"row"_s);
        w.writeAttribute(u"r"_s, number);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QVariant value = table.rows[r].value(c);
            if (!value.isValid() || value.isNull())
                continue;
            const QString ref = columnName(c) + number;
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                w.writeStartElement(u"c"_s);
                w.writeAttribute(u"r"_s, ref);
                if (const int style = styles.styleOf(table, r, c))
                    w.writeAttribute(u"s"_s, QString::number(style));
                w.writeTextElement(
                    u"v"_s, QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
                w.writeEndElement();
                break;
            default:
                text(ref, value.toString(), false); // "=HYPERLINK(…)" stays text
            }
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // sheetData
    w.writeEndElement(); // worksheet
    w.writeEndDocument();
    return xml;
}

QByteArray workbookXml(const QString& sheetName)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(u"workbook"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
    w.writeNamespace(u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s,
                     u"r"_s);
    w.writeStartElement(u"sheets"_s);
    w.writeEmptyElement(u"sheet"_s);
    w.writeAttribute(u"name"_s, sheetName);
    w.writeAttribute(u"sheetId"_s, u"1"_s);
    w.writeAttribute(u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s,
                     u"id"_s, u"rId1"_s);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

const char* const ContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(</Types>)";

const char* const RootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
    R"(</Relationships>)";

const char* const WorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";

/// The style sheet: style 0 normal, 1 bold (the header row), then the number formats.
QByteArray stylesXml(const NumberStyles& styles)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeStartElement(u"styleSheet"_s);
    w.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
    if (!styles.formats.isEmpty()) {
        w.writeStartElement(u"numFmts"_s);
        w.writeAttribute(u"count"_s, QString::number(styles.formats.size()));
        for (qsizetype i = 0; i < styles.formats.size(); ++i) {
            w.writeEmptyElement(u"numFmt"_s);
            w.writeAttribute(u"numFmtId"_s, QString::number(164 + i)); // the first custom id
            w.writeAttribute(u"formatCode"_s, styles.formats[i]);
        }
        w.writeEndElement();
    }
    xml += R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>)"
           R"(<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
           R"(<fills count="2"><fill><patternFill patternType="none"/></fill>)"
           R"(<fill><patternFill patternType="gray125"/></fill></fills>)"
           R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>)"
           R"(</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" )"
           R"(borderId="0"/></cellStyleXfs>)";
    xml += "<cellXfs count=\"" + QByteArray::number(styles.formats.size() + 2) + "\">";
    xml += R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
           R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)";
    for (qsizetype i = 0; i < styles.formats.size(); ++i)
        xml += "<xf numFmtId=\"" + QByteArray::number(164 + i) +
               R"(" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)";
    xml += "</cellXfs></styleSheet>";
    return xml;
}

} // namespace

Status XlsxExport::write(const ResultTable& table, const QString& path, const QString& sheetName)
{
    // Sheet names: at most 31 characters, none of []:*?/\.
    QString name = sheetName.left(31);
    for (QChar c : u"[]:*?/\\"_s)
        name.replace(c, u'_');
    NumberStyles styles;
    const QByteArray sheet = sheetXml(table, styles);
    const std::pair<const char*, QByteArray> parts[] = {
        {"[Content_Types].xml", QByteArray(ContentTypes)},
        {"_rels/.rels", QByteArray(RootRels)},
        {"xl/workbook.xml", workbookXml(name)},
        {"xl/_rels/workbook.xml.rels", QByteArray(WorkbookRels)},
        {"xl/styles.xml", stylesXml(styles)},
        {"xl/worksheets/sheet1.xml", sheet}};
    // Zipped in memory (QuaZip closes the device it writes to, which a QSaveFile must not be),
    // then saved whole.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Error{ErrorCode::Io, tr("Cannot write %1.").arg(path)};
        for (const auto& [partName, bytes] : parts) {
            QuaZipFile part(&zip);
            if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(partName))) ||
                part.write(bytes) != bytes.size())
                return Error{ErrorCode::Io, tr("Cannot write %1.").arg(path)};
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Error{ErrorCode::Io, tr("Cannot write %1.").arg(path)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size())
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    if (!file.commit())
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace leadloop
