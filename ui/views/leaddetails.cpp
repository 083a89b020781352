#include "leaddetails.h"

#include "analytics/journeyreport.h"
#include "models/leadsmodel.h"
#include "sales/adconsent.h"
#include "sales/contactproperties.h"
#include "sales/leadscores.h"
#include "sales/outcomereports.h"
#include "scoring/scoreexplanation.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString date(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

/// The value of `key` in a row of `table`.
QString cell(const ResultTable& table, const QVariantList& row, const QString& key)
{
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].key == key)
            return row.value(i).toString();
    return {};
}

/// Why the rest of the pane is missing, in place of it.
QString failure(const Error& error)
{
    return u"<p style='color:#b00020'>%1</p>"_s.arg(
        escaped(LeadDetails::tr("This part could not be read: %1").arg(error.message)));
}

} // namespace

QString LeadDetails::html(Database& db, const LeadRow& lead)
{
    QString out = u"<h2>%1</h2>"_s.arg(escaped(lead.name));
    QStringList facts;
    if (!lead.company.isEmpty())
        facts << escaped(lead.company);
    if (!lead.email.isEmpty())
        facts << escaped(lead.email);
    facts << tr("lead since %1").arg(date(lead.created));
    facts << tr("first channel: %1").arg(escaped(lead.channel));
    out += u"<p>%1</p>"_s.arg(facts.join(u" · "_s));

    // Consent to ad measurement (docs/ad-platforms.md, "Consent").
    if (auto consent = AdConsent::of(db, lead.contactId); !consent) {
        out += failure(consent.error());
    } else {
        out += u"<p>%1</p>"_s.arg(escaped(tr("Ad consent: user data %1, personalization %2")
                                              .arg(AdConsent::label(consent->adUserData),
                                                   AdConsent::label(consent->adPersonalization))));
    }

    // The lead score and why (docs/scoring.md, "Scores"); a lead without one has no section.
    auto score = ScoreExplanation::of(db, lead.contactId);
    if (!score && score.error().code != ErrorCode::NotFound)
        return out + failure(score.error());
    if (score) {
        const QString tier = LeadScores::tierName(score->meta.value(u"tier"_s).toString());
        out += u"<h3>%1</h3><p><b>%2</b> / 100%3</p>"_s.arg(
            tr("Lead score"), QString::number(score->meta.value(u"score"_s).toInt()),
            tier.isEmpty() ? QString() : u" · "_s + escaped(tr("tier: %1").arg(tier)));
        out += u"<table cellspacing='0' cellpadding='2'>"_s;
        for (const QVariantList& row : score->rows) {
            const QString points = row.value(1).toString();
            out += u"<tr><td>%1</td><td align='right' style='color:%2'><b>%3</b></td></tr>"_s.arg(
                escaped(row.value(0).toString()),
                points.startsWith(u'+') ? u"#1b7f3b"_s : u"#b02a2a"_s, escaped(points));
        }
        out += u"</table>"_s;
    }

    const QString name = lead.email.isEmpty() ? u"contact:%1"_s.arg(lead.contactId) : lead.email;
    auto deals = LeadList::load(db, QList<qint64>{lead.contactId});
    out += u"<h3>%1</h3>"_s.arg(tr("Deals"));
    bool anyDeal = false;
    if (!deals)
        return out + failure(deals.error());
    {
        for (const LeadRow& d : *deals) {
            if (!d.dealId)
                continue;
            anyDeal = true;
            QStringList parts{escaped(d.stage.isEmpty() ? tr("(no stage)") : d.stage),
                              u"<b>%1</b>"_s.arg(escaped(LeadsModel::outcomeName(d.outcome)))};
            if (d.amountCents)
                parts << escaped(LeadsModel::amountText(*d.amountCents, d.currency));
            if (!d.owner.isEmpty())
                parts << escaped(d.owner);
            out += u"<p>%1</p>"_s.arg(parts.join(u" · "_s));
        }
    }
    if (!anyDeal)
        out +=
            u"<p><i>%1</i></p>"_s.arg(tr("No deal yet: marking the lead won or lost opens one."));

    // The CRM's own columns for this contact (docs/scoring.md, "Lead attributes").
    auto properties = ContactProperties::of(db, lead.contactId);
    if (!properties)
        return out + failure(properties.error());
    if (!properties->isEmpty()) {
        out += u"<h3>%1</h3><table cellspacing='0' cellpadding='2'>"_s.arg(tr("Properties"));
        for (const auto& [property, value] : *properties)
            out += u"<tr><td>%1:</td><td>%2</td></tr>"_s.arg(escaped(property), escaped(value));
        out += u"</table>"_s;
    }

    out += u"<h3>%1</h3>"_s.arg(tr("Outcome history"));
    auto history = OutcomeReports::history(db, name);
    if (!history)
        return out + failure(history.error());
    if (!history->rows.isEmpty()) {
        out += u"<table cellspacing='0' cellpadding='3'>"_s;
        for (const QVariantList& row : history->rows) {
            const QString amount = cell(*history, row, u"amount"_s);
            const QString reason = cell(*history, row, u"reason"_s);
            out += u"<tr><td>%1</td><td>%2 → <b>%3</b></td><td>%4</td><td>%5</td></tr>"_s.arg(
                escaped(cell(*history, row, u"at"_s).left(16).replace(u'T', u' ')),
                escaped(LeadsModel::outcomeName(cell(*history, row, u"old_outcome"_s))),
                escaped(LeadsModel::outcomeName(cell(*history, row, u"new_outcome"_s))),
                escaped(tr("by %1").arg(cell(*history, row, u"by"_s))),
                escaped(reason.isEmpty()
                            ? (amount.isEmpty()
                                   ? QString()
                                   : amount + u' ' + cell(*history, row, u"currency"_s))
                            : reason));
        }
        out += u"</table>"_s;
    } else {
        out += u"<p><i>%1</i></p>"_s.arg(tr("Not tagged yet."));
    }

    out += u"<h3>%1</h3>"_s.arg(tr("Journey"));
    auto journey = JourneyReport::run(db, name);
    int shown = 0;
    if (!journey)
        return out + failure(journey.error());
    {
        out += u"<table cellspacing='0' cellpadding='3'>"_s;
        for (const QVariantList& row : journey->events.rows) {
            const QString kind = cell(journey->events, row, u"kind"_s);
            if (kind != u"session" && kind != u"lead" && kind != u"deal" && kind != u"outcome")
                continue;
            const bool milestone = kind != u"session";
            const QString what = milestone ? cell(journey->events, row, u"detail"_s)
                                           : cell(journey->events, row, u"channel"_s) + u" · "_s +
                                                 cell(journey->events, row, u"source_medium"_s);
            out += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(
                escaped(cell(journey->events, row, u"at"_s).left(10)),
                milestone ? u"<b>%1</b>"_s.arg(escaped(what)) : escaped(what));
            if (++shown == 40)
                break;
        }
        out += u"</table>"_s;
    }
    if (shown == 0)
        out += u"<p><i>%1</i></p>"_s.arg(tr("No tracked visits are linked to this lead."));
    return out;
}

} // namespace leadloop
