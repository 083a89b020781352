#pragma once

#include <optional>
#include <QString>

namespace leadloop {

// Plain rows of the CRM tables; times are UTC milliseconds, money is minor units.

/// A known person (a lead once created).
struct ContactRecord
{
    QString externalId;
    QString email;
    QString firstName;
    QString lastName;
    QString phone;
    QString company;
    QString jobTitle;
    qint64 createdAt = 0;
    QString lifecycleStage;
    QString leadSource;
    QString owner;
};

/// The statement that a visitor (cookie) belongs to a contact.
struct IdentityLinkRecord
{
    qint64 visitorId = 0;
    qint64 contactId = 0;
    QString method; ///< form_email, crm_cookie or manual
    qint64 linkedAt = 0;
    QString byUser;
    QString reason;
};

/// A sales opportunity.
struct DealRecord
{
    QString externalId;
    std::optional<qint64> contactId;
    QString name;
    std::optional<qint64> amountCents;
    QString currency;
    QString stage;
    QString outcome = QStringLiteral("open");
    qint64 createdAt = 0;
    std::optional<qint64> closedAt;
    QString lostReason;
    QString owner;
    QString product;
    QString account;
    QString campaign;
};

/// A deal entering a pipeline stage.
struct StageChangeRecord
{
    qint64 dealId = 0;
    QString stage;
    qint64 changedAt = 0;
    std::optional<qint64> amountCents;
    QString origin;
};

/// One append-only entry of the outcome audit trail.
struct OutcomeEventRecord
{
    qint64 dealId = 0;
    qint64 at = 0;
    qint64 recordedAt = 0;
    QString byUser;
    QString oldOutcome;
    QString newOutcome;
    std::optional<qint64> amountCents;
    QString currency;
    QString reason;
    QString note;
    QString origin;
};

} // namespace leadloop
