#include "cellformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace leadloop {

ValueKind CellFormat::kindOf(const ResultTable& table, int row, int column)
{
    const ValueKind kind = table.columns.value(column).kind;
    if (kind != ValueKind::ByRow)
        return kind;
    return table.rowKinds.value(row, ValueKind::Auto);
}

bool CellFormat::isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

int CellFormat::decimals(ValueKind kind, int columnDecimals, const QVariant& value)
{
    if (columnDecimals >= 0 && (kind == ValueKind::Decimal || kind == ValueKind::Percent))
        return columnDecimals;
    switch (kind) {
    case ValueKind::Count:
        return 0;
    case ValueKind::Decimal:
    case ValueKind::Percent:
        return 1;
    case ValueKind::Money:
    case ValueKind::Ratio:
        return 2;
    default:
        return value.typeId() == QMetaType::Double ? 2 : 0;
    }
}

QString CellFormat::display(ValueKind kind, int columnDecimals, const QVariant& value,
                            const QLocale& locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (kind == ValueKind::Text || !isNumber(value))
        return value.toString();
    const int places = decimals(kind, columnDecimals, value);
    if (kind == ValueKind::Percent)
        return locale.toString(value.toDouble() * 100, 'f', places) + u"\u00a0%"_s;
    if (places == 0 && value.typeId() != QMetaType::Double)
        return locale.toString(value.toLongLong());
    return locale.toString(value.toDouble(), 'f', places);
}

QString CellFormat::display(const ResultTable& table, int row, int column, const QLocale& locale)
{
    return display(kindOf(table, row, column), table.columns.value(column).decimals,
                   table.rows.value(row).value(column), locale);
}

QString CellFormat::headline(ValueKind kind, const QVariant& value, const QLocale& locale,
                             const QString& currency)
{
    if (!value.isValid() || value.isNull())
        return u"–"_s;
    if (kind == ValueKind::Money)
        return locale.toString(value.toDouble(), 'f', 0) + u'\u00a0' + currency;
    if (kind == ValueKind::Count)
        return locale.toString(qint64(std::llround(value.toDouble())));
    return display(kind, -1, value, locale);
}

QString CellFormat::change(double fraction, const QLocale& locale)
{
    return (fraction >= 0 ? u"+"_s : u"−"_s) + locale.toString(std::abs(fraction) * 100, 'f', 1) +
           u"\u00a0%"_s;
}

QString CellFormat::kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text:
        return u"text"_s;
    case ValueKind::Count:
        return u"count"_s;
    case ValueKind::Decimal:
        return u"decimal"_s;
    case ValueKind::Money:
        return u"money"_s;
    case ValueKind::Ratio:
        return u"ratio"_s;
    case ValueKind::Percent:
        return u"percent"_s;
    case ValueKind::ByRow:
        return u"by_row"_s;
    case ValueKind::Auto:
        break;
    }
    return u"auto"_s;
}

QString CellFormat::numberFormat(ValueKind kind, int columnDecimals)
{
    const auto places = [&](int fallback) {
        const int n = columnDecimals >= 0 ? columnDecimals : fallback;
        return n > 0 ? u"."_s + QString(n, u'0') : QString();
    };
    switch (kind) {
    case ValueKind::Count:
        return u"#,##0"_s;
    case ValueKind::Decimal:
        return u"#,##0"_s + places(1);
    case ValueKind::Money:
        return u"#,##0.00"_s;
    case ValueKind::Ratio:
        return u"0.00"_s;
    case ValueKind::Percent:
        return u"0"_s + places(1) + u"%"_s;
    default:
        return {};
    }
}

} // namespace leadloop
