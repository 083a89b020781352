#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace leadloop {

/// One step of a custom funnel (docs/metrics.md, "Custom funnels"): a condition on the web side
/// (a page, an event, a form, a session's source) or on the CRM side (became a lead, a lifecycle
/// stage, a deal created, a deal stage reached, won, lost).
struct FunnelStep
{
    enum class Type
    {
        Page,        ///< a page view whose URL (or path) or title matches
        Event,       ///< a tracked event by name
        Form,        ///< a form submission: an event that carried an e-mail address
        Session,     ///< a session of a channel, source, medium, source / medium or campaign
        Visit,       ///< any session: a visit to the site
        Lead,        ///< became a lead
        Lifecycle,   ///< has the lifecycle stage (the CRM gives no date: see the docs)
        Opportunity, ///< a deal was created
        DealStage,   ///< a deal entered the stage
        Won,         ///< a deal was won
        Lost         ///< a deal was lost
    };
    Type type = Type::Page;
    QString label;            ///< shown for the step; a description of the condition when empty
    QString pattern;          ///< Page: the URL or path, * for any text
    QString title;            ///< Page: the page title, * for any text
    QString name;             ///< Event: the event's name
    QString dimension, value; ///< Session: channel, source, medium, source-medium or campaign
    QString stage;            ///< Lifecycle, DealStage

    bool isWeb() const
    {
        return type == Type::Page || type == Type::Event || type == Type::Form ||
               type == Type::Session || type == Type::Visit;
    }
    /// The label, else the condition in words.
    QString describe() const;
};

/// A custom funnel: ordered steps and how people pass them (docs/metrics.md, "Custom funnels"),
/// read from and written to the JSON steps file whose schema the docs describe.
struct FunnelDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FunnelDefinition)

public:
    QString name;
    std::vector<FunnelStep> steps;
    bool anyOrder = false;      ///< steps in any order (else in the given order)
    int windowDays = 0;         ///< all steps within this many days of the first; 0: no limit
    bool countSessions = false; ///< count sessions (web-only funnels) instead of people

    /// Reads a steps file; a bad one is BadInput naming `source`, the step and the key.
    static Result<FunnelDefinition> fromJson(const QByteArray& json, const QString& source);
    QJsonObject toJson() const;
};

} // namespace leadloop
