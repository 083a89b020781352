#include "crmmapping.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

const std::array<const char*, CrmFieldCount> fieldNames = {"contact_id",
                                                           "email",
                                                           "first_name",
                                                           "last_name",
                                                           "name",
                                                           "phone",
                                                           "company",
                                                           "job_title",
                                                           "contact_created",
                                                           "lifecycle_stage",
                                                           "lead_source",
                                                           "visitor",
                                                           "owner",
                                                           "deal_id",
                                                           "deal_name",
                                                           "amount",
                                                           "currency",
                                                           "stage",
                                                           "outcome",
                                                           "deal_created",
                                                           "closed",
                                                           "lost_reason",
                                                           "product",
                                                           "account",
                                                           "campaign",
                                                           "is_won",
                                                           "is_closed",
                                                           "changed",
                                                           "member_status",
                                                           "consent_ad_user_data",
                                                           "consent_ad_personalization"};

using Columns = QList<QPair<CrmField, QStringList>>;

/// Each preset: the columns its exports use for each field (lower case), in order of preference.
const QHash<QString, Columns>& presetColumns()
{
    static const QHash<QString, Columns> table = {
        {u"hubspot-contacts"_s,
         {{CrmField::ContactId, {u"record id"_s, u"contact id"_s}},
          {CrmField::Email, {u"email"_s}},
          {CrmField::FirstName, {u"first name"_s}},
          {CrmField::LastName, {u"last name"_s}},
          {CrmField::Phone, {u"phone number"_s, u"phone"_s}},
          {CrmField::Company, {u"company name"_s, u"associated company"_s}},
          {CrmField::JobTitle, {u"job title"_s}},
          {CrmField::ContactCreated, {u"create date"_s, u"created date"_s}},
          {CrmField::LifecycleStage, {u"lifecycle stage"_s}},
          {CrmField::LeadSource, {u"original source"_s, u"original traffic source"_s}},
          {CrmField::Owner, {u"contact owner"_s}},
          {CrmField::Visitor, {u"hubspotutk"_s, u"hubspot user token"_s, u"usertoken"_s}}}},
        {u"hubspot-deals"_s,
         {{CrmField::DealId, {u"record id"_s, u"deal id"_s}},
          {CrmField::DealName, {u"deal name"_s}},
          {CrmField::Amount, {u"amount"_s}},
          {CrmField::Currency, {u"currency"_s, u"deal currency code"_s}},
          {CrmField::Stage, {u"deal stage"_s}},
          {CrmField::DealCreated, {u"create date"_s}},
          {CrmField::Closed, {u"close date"_s}},
          {CrmField::Owner, {u"deal owner"_s}},
          {CrmField::LostReason, {u"closed lost reason"_s}},
          {CrmField::Account, {u"associated company"_s, u"company name"_s}},
          {CrmField::ContactId, {u"associated contact ids"_s, u"associated contact id"_s}},
          {CrmField::Email, {u"associated contact email"_s}},
          {CrmField::Campaign, {u"original source drill-down 2"_s}}}},
        {u"salesforce-leads"_s,
         {{CrmField::ContactId, {u"id"_s}},
          {CrmField::Email, {u"email"_s}},
          {CrmField::FirstName, {u"firstname"_s}},
          {CrmField::LastName, {u"lastname"_s}},
          {CrmField::Name, {u"name"_s}},
          {CrmField::Phone, {u"phone"_s}},
          {CrmField::Company, {u"company"_s}},
          {CrmField::JobTitle, {u"title"_s}},
          {CrmField::ContactCreated, {u"createddate"_s}},
          {CrmField::LifecycleStage, {u"status"_s}},
          {CrmField::LeadSource, {u"leadsource"_s}},
          {CrmField::Owner, {u"ownerid"_s}},
          {CrmField::DealId, {u"convertedopportunityid"_s}}}},
        {u"salesforce-contacts"_s,
         {{CrmField::ContactId, {u"id"_s}},
          {CrmField::Email, {u"email"_s}},
          {CrmField::FirstName, {u"firstname"_s}},
          {CrmField::LastName, {u"lastname"_s}},
          {CrmField::Name, {u"name"_s}},
          {CrmField::Phone, {u"phone"_s}},
          {CrmField::JobTitle, {u"title"_s}},
          {CrmField::ContactCreated, {u"createddate"_s}},
          {CrmField::LeadSource, {u"leadsource"_s}},
          {CrmField::Owner, {u"ownerid"_s}},
          {CrmField::Account, {u"accountid"_s}}}},
        {u"salesforce-opportunities"_s,
         {{CrmField::DealId, {u"id"_s}},
          {CrmField::DealName, {u"name"_s}},
          {CrmField::Stage, {u"stagename"_s}},
          {CrmField::Amount, {u"amount"_s}},
          {CrmField::Currency, {u"currencyisocode"_s}},
          {CrmField::DealCreated, {u"createddate"_s}},
          {CrmField::Closed, {u"closedate"_s}},
          {CrmField::IsWon, {u"iswon"_s}},
          {CrmField::IsClosed, {u"isclosed"_s}},
          {CrmField::Owner, {u"ownerid"_s}},
          {CrmField::Campaign, {u"campaignid"_s}},
          {CrmField::Account, {u"accountid"_s}},
          {CrmField::ContactId, {u"contactid"_s}},
          {CrmField::LeadSource, {u"leadsource"_s}}}},
        {u"salesforce-opportunity-history"_s,
         {{CrmField::DealId, {u"opportunityid"_s}},
          {CrmField::Stage, {u"stagename"_s}},
          {CrmField::Amount, {u"amount"_s}},
          {CrmField::Changed, {u"createddate"_s}},
          {CrmField::Closed, {u"closedate"_s}}}},
        {u"salesforce-campaign-members"_s,
         {{CrmField::Campaign, {u"campaignid"_s}},
          {CrmField::ContactId, {u"leadorcontactid"_s, u"contactid"_s, u"leadid"_s}},
          {CrmField::MemberStatus, {u"status"_s}},
          {CrmField::Email, {u"email"_s}},
          {CrmField::FirstName, {u"firstname"_s}},
          {CrmField::LastName, {u"lastname"_s}},
          {CrmField::Company, {u"companyoraccount"_s}},
          {CrmField::ContactCreated, {u"createddate"_s}}}},
    };
    return table;
}

/// Common column names of each field for generic files (lower case).
const Columns& genericColumns()
{
    static const Columns table = {
        {CrmField::ContactId,
         {u"contact_id"_s, u"contact id"_s, u"lead_id"_s, u"lead id"_s, u"customer_id"_s,
          u"person_id"_s}},
        {CrmField::Email,
         {u"email"_s, u"e-mail"_s, u"email address"_s, u"email_address"_s, u"mail"_s}},
        {CrmField::FirstName,
         {u"first_name"_s, u"first name"_s, u"firstname"_s, u"imię"_s, u"voornaam"_s,
          u"förnamn"_s}},
        {CrmField::LastName,
         {u"last_name"_s, u"last name"_s, u"lastname"_s, u"surname"_s, u"nazwisko"_s,
          u"achternaam"_s, u"efternamn"_s}},
        {CrmField::Name, {u"name"_s, u"full name"_s, u"full_name"_s, u"contact name"_s}},
        {CrmField::Phone, {u"phone"_s, u"phone number"_s, u"telephone"_s, u"telefon"_s}},
        {CrmField::Company,
         {u"company"_s, u"company name"_s, u"organization"_s, u"firma"_s, u"bedrijf"_s,
          u"företag"_s}},
        {CrmField::JobTitle, {u"job_title"_s, u"job title"_s, u"title"_s, u"position"_s}},
        {CrmField::ContactCreated,
         {u"contact_created"_s, u"created_at"_s, u"created"_s, u"create date"_s,
          u"created date"_s}},
        {CrmField::LifecycleStage, {u"lifecycle_stage"_s, u"lifecycle stage"_s}},
        {CrmField::LeadSource, {u"lead_source"_s, u"lead source"_s, u"source"_s}},
        {CrmField::Visitor,
         {u"visitor"_s, u"visitor_id"_s, u"cookie_id"_s, u"client_id"_s, u"hubspotutk"_s,
          u"ga_client_id"_s}},
        {CrmField::Owner,
         {u"owner"_s, u"sales_agent"_s, u"sales agent"_s, u"sales_rep"_s, u"deal owner"_s,
          u"handlowiec"_s}},
        {CrmField::DealId, {u"deal_id"_s, u"deal id"_s, u"opportunity_id"_s, u"opportunity id"_s}},
        {CrmField::DealName, {u"deal_name"_s, u"deal name"_s, u"opportunity name"_s}},
        {CrmField::Amount,
         {u"amount"_s, u"close_value"_s, u"value"_s, u"deal value"_s, u"revenue"_s, u"kwota"_s,
          u"bedrag"_s, u"belopp"_s}},
        {CrmField::Currency, {u"currency"_s, u"currency code"_s, u"waluta"_s}},
        {CrmField::Stage,
         {u"stage"_s, u"deal_stage"_s, u"deal stage"_s, u"stagename"_s, u"pipeline stage"_s,
          u"status"_s}},
        {CrmField::Outcome, {u"outcome"_s, u"result"_s, u"won_lost"_s}},
        {CrmField::DealCreated,
         {u"deal_created"_s, u"engage_date"_s, u"deal created"_s, u"opportunity created"_s}},
        {CrmField::Closed,
         {u"closed"_s, u"close_date"_s, u"close date"_s, u"closed_at"_s, u"closedate"_s}},
        {CrmField::LostReason, {u"lost_reason"_s, u"lost reason"_s, u"closed lost reason"_s}},
        {CrmField::Product, {u"product"_s, u"product name"_s}},
        {CrmField::Account, {u"account"_s, u"account name"_s}},
        {CrmField::Campaign, {u"campaign"_s, u"utm_campaign"_s, u"campaign name"_s}},
        {CrmField::IsWon, {u"iswon"_s, u"is_won"_s}},
        {CrmField::IsClosed, {u"isclosed"_s, u"is_closed"_s}},
        {CrmField::ConsentAdUserData, {u"consent_ad_user_data"_s, u"ad_user_data"_s}},
        {CrmField::ConsentAdPersonalization,
         {u"consent_ad_personalization"_s, u"ad_personalization"_s}},
    };
    return table;
}

/// The preset a header belongs to, judged by columns that only its exports have.
QString recognise(const QStringList& lower)
{
    const auto has = [&](const char* column) { return lower.contains(QLatin1StringView(column)); };
    if (has("opportunityid") && has("stagename") && has("createddate"))
        return u"salesforce-opportunity-history"_s;
    if (has("stagename") && (has("iswon") || has("isclosed")))
        return u"salesforce-opportunities"_s;
    if (has("isconverted") && has("status") && has("id"))
        return u"salesforce-leads"_s;
    if (has("campaignid") && (has("leadid") || has("contactid")) && has("id"))
        return u"salesforce-campaign-members"_s;
    if (has("id") && has("accountid") && has("email") && has("lastname"))
        return u"salesforce-contacts"_s;
    if (has("record id") && has("deal stage"))
        return u"hubspot-deals"_s;
    if (has("record id") && (has("email") || has("lifecycle stage")))
        return u"hubspot-contacts"_s;
    return u"generic"_s;
}

QString allFieldNames()
{
    QStringList names;
    for (int i = 0; i < 25; ++i)
        names.append(QString::fromLatin1(fieldNames[size_t(i)]));
    return names.join(u", "_s);
}

} // namespace

QStringList CrmMappings::presets()
{
    return {u"hubspot-contacts"_s,           u"hubspot-deals"_s,
            u"salesforce-leads"_s,           u"salesforce-contacts"_s,
            u"salesforce-opportunities"_s,   u"salesforce-opportunity-history"_s,
            u"salesforce-campaign-members"_s};
}

QString CrmMappings::fieldName(CrmField field)
{
    return QString::fromLatin1(fieldNames[size_t(field)]);
}

Result<QHash<CrmField, QString>> CrmMappings::parseMapOption(const QString& text)
{
    QHash<CrmField, QString> map;
    for (const QString& pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString name = pair.left(eq).trimmed();
        int found = -1;
        for (int i = 0; i < CrmFieldCount; ++i)
            if (name == QLatin1StringView(fieldNames[size_t(i)]))
                found = i;
        if (eq < 0 || found < 0)
            return Error{ErrorCode::BadInput,
                         tr("--map: '%1' is not FIELD=COLUMN with a known field (%2).")
                             .arg(pair, allFieldNames())};
        map.insert(CrmField(found), pair.mid(eq + 1).trimmed());
    }
    return map;
}

Result<QHash<CrmField, QString>> CrmMappings::fromNames(const QHash<QString, QString>& names)
{
    QHash<CrmField, QString> map;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        int found = -1;
        for (int i = 0; i < CrmFieldCount; ++i)
            if (it.key().trimmed() == QLatin1StringView(fieldNames[size_t(i)]))
                found = i;
        if (found < 0)
            return Error{ErrorCode::BadInput,
                         tr("'%1' is not a CRM field (%2).").arg(it.key(), allFieldNames())};
        map.insert(CrmField(found), it.value().trimmed());
    }
    return map;
}

Result<CrmMapping> CrmMappings::resolve(const QStringList& header, const QString& preset,
                                        const QHash<CrmField, QString>& overrides,
                                        bool requireFields)
{
    QStringList lower;
    for (const QString& column : header)
        lower.append(column.trimmed().toLower());
    const QString chosen = preset == u"auto" ? recognise(lower) : preset;
    if (chosen != u"generic" && !presetColumns().contains(chosen))
        return Error{ErrorCode::InvalidArgument,
                     tr("--preset: '%1' is not one of auto, generic, %2.")
                         .arg(preset, presets().join(u", "_s))};
    CrmMapping mapping;
    mapping.preset = chosen;
    const auto assign = [&](CrmField field, int column, const QString& why) {
        mapping.columns[size_t(field)] = column;
        mapping.notes.append(
            tr("%1 ← %2 (%3)").arg(fieldName(field), header[column].trimmed(), why));
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const int column = int(lower.indexOf(it.value().trimmed().toLower()));
        if (column < 0)
            return Error{ErrorCode::BadInput,
                         tr("--map: the file has no column '%1' (its columns: %2).")
                             .arg(it.value(), header.join(u", "_s))};
        assign(it.key(), column, tr("--map"));
    }
    const Columns& columns =
        chosen == u"generic" ? genericColumns() : presetColumns().value(chosen);
    const QString why =
        chosen == u"generic" ? tr("guessed from the name") : tr("%1 preset").arg(chosen);
    for (const auto& [field, names] : columns) {
        if (mapping.isMapped(field))
            continue;
        for (const QString& name : names) {
            const int column = int(lower.indexOf(name));
            if (column >= 0 && std::find(mapping.columns.begin(), mapping.columns.end(), column) ==
                                   mapping.columns.end()) {
                assign(field, column, why);
                break;
            }
        }
    }
    if (!requireFields)
        return mapping;
    if (!mapping.isMapped(CrmField::ContactId) && !mapping.isMapped(CrmField::Email) &&
        !mapping.isMapped(CrmField::DealId))
        return Error{ErrorCode::BadInput,
                     tr("Cannot tell which contact or deal each row is about: map contact_id, "
                        "email or deal_id (--map deal_id=COLUMN). The columns are: %1.")
                         .arg(header.join(u", "_s))};
    return mapping;
}

} // namespace leadloop
