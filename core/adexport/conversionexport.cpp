#include "conversionexport.h"

#include "analytics/dealbook.h"
#include "common/money.h"
#include "phonenumber.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspacesettings.h"

#include <algorithm>
#include <map>
#include <QDateTime>
#include <QTimeZone>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

/// A click of one of the platform's kinds, in a session of a visitor linked to the person.
struct Click
{
    qint64 at = 0;
    qint64 session = 0;
    int rank = 0; ///< place of the kind in AdPlatform::clickKinds, best first
    QString kind, value;
};

/// The person's clicks by contact, in time order.
Result<std::unordered_map<qint64, std::vector<Click>>> loadClicks(Database& db,
                                                                  const QStringList& kinds)
{
    std::unordered_map<qint64, std::vector<Click>> clicks;
    if (kinds.isEmpty())
        return clicks;
    Statement query(db.handle(),
                    "SELECT l.contact_id, s.started_at, s.id, k.kind, k.value "
                    "FROM session_click_ids k JOIN sessions s ON s.id = k.session_id "
                    "JOIN identity_links l ON l.visitor_id = s.visitor_id AND l.active = 1 "
                    "WHERE k.kind IN (SELECT value FROM json_each(?1))");
    query.bind(1, u"[\""_s + kinds.join(u"\",\""_s) + u"\"]"_s);
    while (query.next()) {
        const QString kind = query.text(3);
        clicks[query.int64(0)].push_back(
            {query.int64(1), query.int64(2), int(kinds.indexOf(kind)), kind, query.text(4)});
    }
    if (Status read = query.status(); !read)
        return read.error();
    for (auto& [contact, list] : clicks)
        std::sort(list.begin(), list.end(), [](const Click& a, const Click& b) {
            return std::tie(a.at, a.session, a.rank) < std::tie(b.at, b.session, b.rank);
        });
    return clicks;
}

/// The click a conversion at `at` goes to: the person's last clicked session at or before it,
/// and of that session's click ids the platform's best kind.
const Click* clickBefore(const std::vector<Click>& clicks, qint64 at)
{
    const Click* found = nullptr;
    for (const Click& c : clicks) {
        if (c.at > at)
            break;
        if (!found || c.session != found->session || c.rank < found->rank)
            found = &c;
    }
    return found;
}

/// The consent of every person with a state other than unknown.
Result<std::unordered_map<qint64, AdConsent::Status>> loadConsent(Database& db)
{
    std::unordered_map<qint64, AdConsent::Status> consent;
    Statement query(db.handle(), "SELECT contact_id, signal, state FROM contact_consent "
                                 "WHERE state <> 'unknown'");
    while (query.next()) {
        const AdConsent::State state =
            AdConsent::parse(query.text(2)).value_or(AdConsent::State::Unknown);
        AdConsent::Status& s = consent[query.int64(0)];
        if (query.text(1) == AdConsent::name(AdConsent::Signal::AdUserData))
            s.adUserData = state;
        else
            s.adPersonalization = state;
    }
    if (Status read = query.status(); !read)
        return read.error();
    return consent;
}

/// Each person's own country, where a CRM column gave one as two letters.
Result<std::unordered_map<qint64, QString>> loadCountries(Database& db)
{
    std::unordered_map<qint64, QString> countries;
    Statement query(db.handle(),
                    "SELECT contact_id, upper(trim(value)) FROM current_contact_properties "
                    "WHERE lower(name) IN ('country', 'country_code', 'country code', "
                    "'countrycode') AND length(trim(value)) = 2");
    while (query.next())
        countries[query.int64(0)] = query.text(1);
    if (Status read = query.status(); !read)
        return read.error();
    return countries;
}

/// What was sent before under the request's platform, name and stage: by (contact, deal), the
/// latest record.
struct Sent
{
    QString kind;
    AdRetraction conversion; ///< as sent (for a retraction)
};

Result<std::map<std::pair<qint64, qint64>, Sent>> loadSent(Database& db, const ConversionRequest& r)
{
    std::map<std::pair<qint64, qint64>, Sent> sent;
    Statement query(db.handle(),
                    "SELECT contact_id, deal_id, kind, order_id, click_kind, click_id, "
                    "conversion_at, value_cents, currency FROM ad_conversion_exports "
                    "WHERE platform = ?1 AND conversion_name = ?2 AND stage = ?3 ORDER BY id");
    query.bind(1, AdPlatform::name(r.platform)).bind(2, r.name).bind(3, AdPlatform::name(r.stage));
    while (query.next()) {
        Sent s;
        s.kind = query.text(2);
        AdRetraction& c = s.conversion;
        c.contact = query.int64(0);
        c.deal = query.int64(1);
        c.orderId = query.text(3);
        c.clickKind = query.text(4);
        c.clickId = query.text(5);
        c.conversionAt = query.int64(6);
        if (!query.isNull(7))
            c.valueCents = query.int64(7);
        c.currency = query.text(8);
        sent[{c.contact, c.deal}] = s;
    }
    if (Status read = query.status(); !read)
        return read.error();
    return sent;
}

/// The conversions of the stage, before any is left out.
Result<std::vector<AdConversion>> candidates(Database& db, const ConversionRequest& r,
                                             const QString& reportingCurrency)
{
    std::unordered_map<qint64, const DealBook::Deal*> byId;
    std::optional<DealBook> book;
    if (r.stage != AdPlatform::Stage::Lead) {
        auto loaded = DealBook::load(db);
        if (!loaded)
            return loaded.error();
        book = std::move(*loaded);
    }
    const char* sql =
        r.stage == AdPlatform::Stage::Lead
            ? "SELECT c.id, 0, coalesce(c.external_id, 'contact-' || c.id), c.created_at, NULL, "
              "NULL, c.email, c.phone, c.first_name, c.last_name, c.company, c.job_title "
              "FROM contacts c ORDER BY c.created_at, c.id"
        : r.stage == AdPlatform::Stage::Opportunity
            ? "SELECT c.id, d.id, coalesce(d.external_id, 'deal-' || d.id), d.created_at, "
              "d.amount_cents, d.currency, c.email, c.phone, c.first_name, c.last_name, "
              "c.company, c.job_title FROM deals d JOIN contacts c ON c.id = d.contact_id "
              "ORDER BY d.created_at, d.id"
            : "SELECT c.id, d.id, coalesce(d.external_id, 'deal-' || d.id), "
              "coalesce(d.closed_at, d.created_at), d.amount_cents, d.currency, c.email, "
              "c.phone, c.first_name, c.last_name, c.company, c.job_title FROM deals d "
              "JOIN contacts c ON c.id = d.contact_id WHERE d.outcome = 'won' "
              "ORDER BY coalesce(d.closed_at, d.created_at), d.id";
    const qint64 fromMs =
        r.from ? r.from->startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() : LLONG_MIN;
    const qint64 toMs =
        r.to ? r.to->addDays(1).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() : LLONG_MAX;
    std::vector<AdConversion> out;
    Statement query(db.handle(), sql);
    while (query.next()) {
        AdConversion c;
        c.contact = query.int64(0);
        c.deal = query.int64(1);
        c.orderId = query.text(2);
        c.at = query.int64(3);
        // A conversion after the time of the export (--at) has not happened yet for it.
        if (c.at < fromMs || c.at >= toMs || c.at > r.now)
            continue;
        switch (r.value) {
        case ConversionRequest::Value::Default:
            if (r.stage == AdPlatform::Stage::Lead)
                break;
            [[fallthrough]];
        case ConversionRequest::Value::Revenue:
            if (const DealBook::Deal* d = book->find(c.deal)) {
                c.valueCents = d->nativeCents;
                c.currency = d->nativeCurrency;
            }
            break;
        case ConversionRequest::Value::Amount:
            if (!query.isNull(4))
                c.valueCents = query.int64(4);
            c.currency = query.text(5);
            break;
        case ConversionRequest::Value::Fixed:
            c.valueCents = r.fixedCents;
            c.currency = reportingCurrency;
            break;
        }
        if (c.valueCents && c.currency.isEmpty())
            c.currency = reportingCurrency;
        c.email = query.text(6);
        c.phone = query.text(7); // made E.164 once the country is known
        c.firstName = query.text(8);
        c.lastName = query.text(9);
        c.company = query.text(10);
        c.jobTitle = query.text(11);
        out.push_back(std::move(c));
    }
    if (Status read = query.status(); !read)
        return read.error();
    return out;
}

/// When a deal last stopped being won (its latest outcome event to open or lost).
Result<qint64> unwonAt(Database& db, qint64 deal, qint64 fallback)
{
    Statement query(db.handle(), "SELECT max(at) FROM outcome_events WHERE deal_id = ?1 AND "
                                 "old_outcome = 'won' AND new_outcome <> 'won'");
    query.bind(1, deal);
    auto at = query.optionalInt64();
    if (!at)
        return at.error();
    return at->value_or(fallback);
}

} // namespace

std::optional<std::pair<ConversionRequest::Value, qint64>>
ConversionRequest::parseValue(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"revenue"_s)
        return std::pair(Value::Revenue, qint64(0));
    if (t == u"amount"_s)
        return std::pair(Value::Amount, qint64(0));
    if (t.startsWith(u"fixed:"_s))
        if (const auto cents = parseMoneyCents(t.mid(6)); cents && *cents >= 0)
            return std::pair(Value::Fixed, *cents);
    return std::nullopt;
}

Result<ConversionPlan> ConversionExport::plan(Database& db, ConversionRequest r)
{
    if (r.name.trimmed().isEmpty())
        r.name = AdPlatform::defaultConversionName(r.platform, r.stage);
    r.name = r.name.trimmed();
    if (r.timeZone.isEmpty()) {
        const QByteArray system = QTimeZone::systemTimeZoneId();
        r.timeZone = QTimeZone(system).isValid() ? QString::fromUtf8(system) : u"UTC"_s;
    }
    if (!QTimeZone(r.timeZone.toUtf8()).isValid())
        return Error{ErrorCode::BadInput,
                     tr("'%1' is not a time zone LeadLoop knows (write one such as Europe/Warsaw "
                        "or UTC).")
                         .arg(r.timeZone)};
    if (r.now == 0)
        r.now = QDateTime::currentMSecsSinceEpoch();
    if (r.stage == AdPlatform::Stage::Lead && (r.value == ConversionRequest::Value::Revenue ||
                                               r.value == ConversionRequest::Value::Amount))
        return Error{ErrorCode::InvalidArgument,
                     tr("A lead has no deal to take a value from; give leads a fixed value "
                        "(fixed:N) or none.")};
    if (!r.country.isEmpty() && PhoneNumber::callingCode(r.country).isEmpty())
        return Error{ErrorCode::BadInput,
                     tr("'%1' is not a country LeadLoop knows the calling code of (write two "
                        "letters such as PL or NL).")
                         .arg(r.country)};
    r.country = r.country.trimmed().toUpper();

    auto currency = WorkspaceSettings::reportingCurrency(db);
    if (!currency)
        return currency.error();
    auto all = candidates(db, r, *currency);
    if (!all)
        return all.error();
    auto clicks = loadClicks(db, AdPlatform::clickKinds(r.platform));
    if (!clicks)
        return clicks.error();
    auto consent = loadConsent(db);
    if (!consent)
        return consent.error();
    auto countries = loadCountries(db);
    if (!countries)
        return countries.error();
    auto sent = loadSent(db, r);
    if (!sent)
        return sent.error();

    ConversionPlan plan;
    plan.request = r;
    const int clickDays = AdPlatform::clickWindowDays(r.platform);
    const int conversionDays = AdPlatform::conversionWindowDays(r.platform);
    const bool needsClick = AdPlatform::needsClick(r.platform);
    for (AdConversion& c : *all) {
        if (const auto found = consent->find(c.contact); found != consent->end())
            c.consent = found->second;
        const AdConsent::State userData = c.consent.adUserData;
        if (userData == AdConsent::State::Denied ||
            (userData == AdConsent::State::Unknown && !r.includeUnknownConsent)) {
            ++plan.noConsent;
            continue;
        }
        if (const auto before = sent->find({c.contact, c.deal});
            before != sent->end() && before->second.kind == u"conversion"_s) {
            ++plan.alreadyExported;
            continue;
        }
        const auto own = countries->find(c.contact);
        c.country = own != countries->end() ? own->second : r.country;
        c.phone = PhoneNumber::e164(c.phone, c.country);
        const auto personClicks = clicks->find(c.contact);
        const Click* click =
            personClicks == clicks->end() ? nullptr : clickBefore(personClicks->second, c.at);
        const bool clickTooOld = click && clickDays > 0 && click->at < r.now - clickDays * DayMs;
        if (click && !clickTooOld) {
            c.clickKind = click->kind;
            c.clickId = click->value;
            c.clickAt = click->at;
        }
        bool identified = false;
        switch (r.platform) {
        case AdPlatform::Id::GoogleAds:
        case AdPlatform::Id::MicrosoftAds:
            identified = click != nullptr;
            break;
        case AdPlatform::Id::GoogleAdsEnhanced:
        case AdPlatform::Id::Meta:
            identified = click || !c.email.isEmpty() || !c.phone.isEmpty();
            break;
        case AdPlatform::Id::LinkedIn:
            identified = !c.email.isEmpty();
            break;
        }
        if (!identified) {
            ++plan.noClickId;
            continue;
        }
        const bool identifiedWithoutClick =
            !needsClick &&
            (r.platform == AdPlatform::Id::LinkedIn || !c.email.isEmpty() || !c.phone.isEmpty());
        if ((clickTooOld && !identifiedWithoutClick) ||
            (conversionDays > 0 && c.at < r.now - conversionDays * DayMs)) {
            ++plan.tooOld;
            continue;
        }
        plan.conversions.push_back(std::move(c));
    }

    // Conversions sent as won whose deal is won no more (reopened or lost).
    if (r.stage == AdPlatform::Stage::Customer) {
        Statement outcome(db.handle(), "SELECT outcome FROM deals WHERE id = ?1");
        for (const auto& [key, s] : *sent) {
            if (s.kind != u"conversion"_s)
                continue;
            outcome.reset();
            outcome.bind(1, key.second);
            auto now = outcome.optionalText();
            if (!now)
                return now.error();
            if (!*now || **now == u"won"_s)
                continue; // still won, or gone with a removed import
            AdRetraction retraction = s.conversion;
            auto at = unwonAt(db, key.second, r.now);
            if (!at)
                return at.error();
            retraction.at = std::max(*at, retraction.conversionAt + 1000);
            plan.retractions.push_back(retraction);
        }
    }
    return plan;
}

Status ConversionExport::remember(Database& db, const ConversionPlan& plan, const QString& file,
                                  const QString& retractionFile, const QString& user)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const ConversionRequest& r = plan.request;
    Statement insert(db.handle(),
                     "INSERT INTO ad_conversion_exports (kind, platform, conversion_name, stage, "
                     "contact_id, deal_id, conversion_at, value_cents, currency, click_kind, "
                     "click_id, order_id, exported_at, file, by_user) VALUES (?1, ?2, ?3, ?4, ?5, "
                     "?6, ?7, ?8, nullif(?9, ''), nullif(?10, ''), nullif(?11, ''), ?12, ?13, "
                     "?14, ?15)");
    const auto add = [&](const QString& kind, qint64 contact, qint64 deal, qint64 at,
                         std::optional<qint64> cents, const QString& currency,
                         const QString& clickKind, const QString& clickId, const QString& order,
                         const QString& path) {
        insert.reset();
        insert.bind(1, kind)
            .bind(2, AdPlatform::name(r.platform))
            .bind(3, r.name)
            .bind(4, AdPlatform::name(r.stage))
            .bind(5, contact)
            .bind(6, deal)
            .bind(7, at)
            .bind(8, cents)
            .bind(9, currency)
            .bind(10, clickKind)
            .bind(11, clickId)
            .bind(12, order)
            .bind(13, r.now)
            .bind(14, path)
            .bind(15, user);
        return insert.execute();
    };
    for (const AdConversion& c : plan.conversions)
        if (Status done = add(u"conversion"_s, c.contact, c.deal, c.at, c.valueCents, c.currency,
                              c.clickKind, c.clickId, c.orderId, file);
            !done)
            return done;
    if (!retractionFile.isEmpty())
        for (const AdRetraction& x : plan.retractions)
            if (Status done = add(u"retraction"_s, x.contact, x.deal, x.conversionAt, x.valueCents,
                                  x.currency, x.clickKind, x.clickId, x.orderId, retractionFile);
                !done)
                return done;
    return transaction.commit();
}

ResultTable ConversionExport::preview(const ConversionPlan& plan)
{
    ResultTable table;
    table.addColumn(u"order_id"_s, tr("Order ID"), ValueKind::Text);
    table.addColumn(u"person"_s, tr("Person"), ValueKind::Text);
    table.addColumn(u"conversion_time"_s, tr("Conversion time"), ValueKind::Text);
    table.addColumn(u"value"_s, tr("Value"), ValueKind::Decimal);
    table.addColumn(u"currency"_s, tr("Currency"), ValueKind::Text);
    table.addColumn(u"click_kind"_s, tr("Click id kind"), ValueKind::Text);
    table.addColumn(u"click_id"_s, tr("Click id"), ValueKind::Text);
    table.addColumn(u"ad_user_data"_s, tr("Ad user data"), ValueKind::Text);
    table.addColumn(u"ad_personalization"_s, tr("Ad personalization"), ValueKind::Text);
    const QTimeZone zone(plan.request.timeZone.toUtf8());
    for (const AdConversion& c : plan.conversions) {
        QString person = (c.firstName + u' ' + c.lastName).trimmed();
        if (person.isEmpty())
            person = c.email;
        table.addRow({c.orderId, person,
                      QDateTime::fromMSecsSinceEpoch(c.at, zone).toString(u"yyyy-MM-dd HH:mm"_s),
                      c.valueCents ? QVariant(double(*c.valueCents) / 100.0) : QVariant(),
                      c.valueCents ? c.currency : QString(), c.clickKind, c.clickId,
                      AdConsent::label(c.consent.adUserData),
                      AdConsent::label(c.consent.adPersonalization)});
    }
    table.setKind({u"value"_s}, ValueKind::Decimal, 2);
    return table;
}

ResultTable ConversionExport::leftOutTable(const ConversionPlan& plan)
{
    ResultTable table;
    table.addColumn(u"reason"_s, tr("Conversions"), ValueKind::Text);
    table.addColumn(u"key"_s, tr("Key"), ValueKind::Text);
    table.addColumn(u"people"_s, tr("Count"), ValueKind::Count);
    const AdPlatform::Id p = plan.request.platform;
    const int clickDays = AdPlatform::clickWindowDays(p);
    const int conversionDays = AdPlatform::conversionWindowDays(p);
    table.addRow({plan.request.includeUnknownConsent
                      ? tr("No consent (ad_user_data denied)")
                      : tr("No consent (ad_user_data denied or unknown)"),
                  u"no_consent"_s, plan.noConsent});
    table.addRow({AdPlatform::needsClick(p) ? tr("No click id of the platform")
                  : p == AdPlatform::Id::LinkedIn
                      ? tr("No e-mail address")
                      : tr("No click id, e-mail address or phone number"),
                  u"no_click_id"_s, plan.noClickId});
    table.addRow({conversionDays > 0
                      ? tr("Older than the platform's window (%1 days)").arg(conversionDays)
                      : tr("Click older than the platform's window (%1 days)").arg(clickDays),
                  u"too_old"_s, plan.tooOld});
    table.addRow({tr("Already exported"), u"already_exported"_s, plan.alreadyExported});
    return table;
}

Result<ResultTable> ConversionExport::history(Database& db)
{
    Statement query(db.handle(),
                    "SELECT exported_at, platform, conversion_name, stage, kind, count(*), file, "
                    "by_user FROM ad_conversion_exports GROUP BY exported_at, platform, "
                    "conversion_name, stage, kind, file, by_user ORDER BY exported_at DESC, "
                    "min(id) DESC");
    ResultTable table;
    table.addColumn(u"exported_at"_s, tr("Exported (UTC)"), ValueKind::Text);
    table.addColumn(u"platform"_s, tr("Platform"), ValueKind::Text);
    table.addColumn(u"conversion_name"_s, tr("Conversion name"), ValueKind::Text);
    table.addColumn(u"stage"_s, tr("Stage"), ValueKind::Text);
    table.addColumn(u"kind"_s, tr("Kind"), ValueKind::Text);
    table.addColumn(u"conversions"_s, tr("Conversions"), ValueKind::Count);
    table.addColumn(u"file"_s, tr("File"), ValueKind::Text);
    table.addColumn(u"by"_s, tr("By"), ValueKind::Text);
    while (query.next())
        table.addRow(
            {QDateTime::fromMSecsSinceEpoch(query.int64(0), QTimeZone::utc()).toString(Qt::ISODate),
             query.text(1), query.text(2), query.text(3), query.text(4), query.int64(5),
             query.text(6), query.text(7)});
    if (Status read = query.status(); !read)
        return read.error();
    return table;
}

} // namespace leadloop
