#pragma once

#include "adconsent.h"

#include <optional>
#include <QList>
#include <QString>

namespace leadloop {

/// One CRM row after mapping and parsing: a contact, a deal, or both (times are UTC ms, money
/// minor units). Empty texts and unset values mean "the file does not say".
struct CrmRecord
{
    QString contactId, email, firstName, lastName, phone, company, jobTitle, lifecycleStage,
        leadSource, visitor, owner;
    std::optional<qint64> contactCreated;
    QString dealId, dealName, currency, stage, lostReason, product, account, campaign;
    QString outcome; ///< won, lost, open, or empty when nothing says
    std::optional<qint64> amountCents, dealCreated, closed, changed;
    bool campaignMember = false; ///< the row says the contact belongs to `campaign`
    QString memberStatus;
    /// Consent to ad measurement (AdConsent), when a column says.
    std::optional<AdConsent::State> adUserData, adPersonalization;
    /// The columns no field maps: name and value as read (empty: the file leaves it empty).
    QList<std::pair<QString, QString>> properties;

    bool hasContact() const { return !contactId.isEmpty() || !email.isEmpty(); }
    bool hasDeal() const
    {
        return !dealId.isEmpty() || !stage.isEmpty() || !outcome.isEmpty() || amountCents;
    }
};

} // namespace leadloop
