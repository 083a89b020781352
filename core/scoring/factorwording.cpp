#include "factorwording.h"

#include <cmath>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString number(double v)
{
    const double rounded = std::round(v * 10) / 10;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

} // namespace

QString FactorWording::describe(const FeatureSpec& spec, double value)
{
    using Source = FeatureSpec::Source;
    const bool missing = std::isnan(value);
    const bool yes = !missing && value > 0.5;
    if (missing && spec.source != Source::Category)
        return tr("%1: no value").arg(spec.name());
    switch (spec.source) {
    case Source::Sessions:
        return tr("Visits to the site: %1").arg(number(value));
    case Source::PageViews:
        return tr("Pages viewed: %1").arg(number(value));
    case Source::TimeOnSite:
        return tr("Minutes on the site: %1").arg(number(value));
    case Source::PagesPerVisit:
        return tr("Pages per visit: %1").arg(number(value));
    case Source::Channels:
        return tr("Channels it came through: %1").arg(number(value));
    case Source::DaysToLead:
        return tr("Days from the first visit to becoming a lead: %1").arg(number(value));
    case Source::DaysSinceVisit:
        return tr("Days since the last visit: %1").arg(number(value));
    case Source::Conversions:
        return tr("Conversions on the site: %1").arg(number(value));
    case Source::FirstChannel:
        return yes ? tr("First came from %1").arg(spec.value)
                   : tr("Did not first come from %1").arg(spec.value);
    case Source::LeadChannel:
        return yes ? tr("Became a lead through %1").arg(spec.value)
                   : tr("Did not become a lead through %1").arg(spec.value);
    case Source::SourceMedium:
        return yes ? tr("First visit from %1").arg(spec.value)
                   : tr("First visit not from %1").arg(spec.value);
    case Source::Campaign:
        return yes ? tr("Came through the campaign %1").arg(spec.value)
                   : tr("Never came through the campaign %1").arg(spec.value);
    case Source::LandingPage:
        return yes ? tr("First landed on %1").arg(spec.value)
                   : tr("Did not first land on %1").arg(spec.value);
    case Source::LeadSource:
        return yes ? tr("Lead source: %1").arg(spec.value)
                   : tr("Lead source other than %1").arg(spec.value);
    case Source::Page:
        return value > 0 ? tr("Views of %1: %2").arg(spec.key, number(value))
                         : tr("Never viewed %1").arg(spec.key);
    case Source::YesNo:
        return tr("%1: %2").arg(spec.key, yes ? tr("yes") : tr("no"));
    case Source::Number:
        return tr("%1: %2").arg(spec.key, number(value));
    case Source::Date:
        return tr("%1, days after becoming a lead: %2").arg(spec.key, number(value));
    case Source::Category:
        if (missing)
            return tr("%1: no value").arg(spec.key);
        return yes ? tr("%1: %2").arg(spec.key, spec.value)
                   : tr("%1 other than %2").arg(spec.key, spec.value);
    }
    return spec.name();
}

FeatureSpec FactorWording::spec(const QJsonObject& factor)
{
    auto schema = FeatureSchema::fromJson(QJsonArray{factor});
    if (!schema || schema->features().empty())
        return {};
    return schema->features().front();
}

QString FactorWording::describe(const QJsonObject& factor)
{
    const QJsonValue x = factor.value(u"x"_s);
    return describe(spec(factor), x.isDouble() ? x.toDouble() : double(NAN));
}

QString FactorWording::points(int points)
{
    return points >= 0 ? u"+"_s + QString::number(points)
                       : QString(QChar(0x2212)) + QString::number(-points);
}

} // namespace leadloop
