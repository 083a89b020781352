#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <utility>

namespace leadloop::test {

/// Writes a minimal .xlsx for tests: named sheets of raw <row> XML, shared strings and styles.
struct XlsxBuilder
{
    QList<std::pair<QString, QByteArray>> sheets; // name, the <sheetData> inner XML
    QList<QByteArray> sharedStrings;
    QByteArray styles; // the inner XML of <styleSheet>
    bool date1904 = false;
    QList<std::pair<QString, QByteArray>> extraParts;

    bool write(const QString& path) const
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        const auto add = [&](const QString& name, const QByteArray& data) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
                return false;
            file.write(data);
            file.close();
            return file.getZipError() == 0;
        };
        QByteArray workbook =
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
        if (date1904)
            workbook += "<workbookPr date1904=\"1\"/>";
        workbook += "<sheets>";
        QByteArray rels = "<Relationships "
                          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        for (int i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            workbook += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n +
                        "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n +
                    "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
            if (!add(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                     "<worksheet "
                     "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\"><sheetData>" +
                         sheets[i].second + "</sheetData></worksheet>"))
                return false;
        }
        workbook += "</sheets></workbook>";
        rels += "</Relationships>";
        QByteArray strings =
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
        for (const QByteArray& s : sharedStrings)
            strings += "<si><t>" + s + "</t></si>";
        strings += "</sst>";
        bool ok =
            add(QStringLiteral("xl/workbook.xml"), workbook) &&
            add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels) &&
            add(QStringLiteral("xl/sharedStrings.xml"), strings) &&
            add(QStringLiteral("xl/styles.xml"),
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                    styles + "</styleSheet>");
        for (const auto& [name, data] : extraParts)
            ok = ok && add(name, data);
        zip.close();
        return ok;
    }
};

} // namespace leadloop::test
