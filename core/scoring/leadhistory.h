#pragma once

#include "common/result.h"
#include "propertytable.h"
#include "scoringtarget.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <vector>

namespace leadloop {

class Database;

/// What a lead had done and was by one moment (docs/scoring.md, "Features"): the raw values the
/// features are made of.
struct LeadSummary
{
    qint64 created = 0; ///< when the contact became a lead (UTC ms)
    double sessions = 0, pageviews = 0, minutes = 0, conversions = 0, channels = 0;
    std::optional<double> pagesPerVisit, daysToLead, daysSinceVisit;
    QString firstChannel, leadChannel, sourceMedium, landingPage, leadSource;
    QSet<QString> campaigns;
    QHash<QString, int> pages; ///< path → views
    /// The contact's current property values (empty: none) in the table that holds them.
    const PropertyTable* propertyTable = nullptr;
    PropertyTable::Row properties;
};

/// Every contact's sessions, page views, conversions and properties, read once, from which a
/// lead's summary at any cut-off is computed without reading the workspace again.
class LeadHistory final
{
    Q_DECLARE_TR_FUNCTIONS(LeadHistory)

public:
    /// The history of the contacts of these leads (the others are not read).
    static Result<LeadHistory> load(Database& db, const std::vector<LeadCase>& leads,
                                    const std::vector<LeadCase>& more = {});
    /// The lead as it was just before its cut-off: nothing at or after it counts.
    LeadSummary summarise(const LeadCase& lead) const;

private:
    struct Session
    {
        qint64 started = 0, ended = 0;
        int channel = -1, sourceMedium = -1, campaign = -1, landingPage = -1;
    };
    struct View
    {
        qint64 ts = 0;
        int path = -1;
    };
    struct Contact
    {
        std::vector<Session> sessions; ///< by start
        std::vector<View> views;       ///< by time
        std::vector<qint64> conversions;
        QString leadSource;
    };
    int intern(const QString& text);
    QString text(int id) const { return id < 0 ? QString() : m_texts.at(id); }

    QHash<qint64, Contact> m_contacts;
    PropertyTable m_properties;
    QStringList m_texts;
    QHash<QString, int> m_textIds;
};

} // namespace leadloop
