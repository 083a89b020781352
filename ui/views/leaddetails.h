#pragma once

#include "sales/leadlist.h"

#include <QCoreApplication>
#include <QString>

namespace leadloop {

class Database;

/// The leads view's detail pane as HTML: the contact, its lead score with the factors behind it,
/// its deals, its CRM properties, the outcome history (who tagged what, when) and a compact
/// journey of sessions and milestones.
class LeadDetails final
{
    Q_DECLARE_TR_FUNCTIONS(LeadDetails)

public:
    static QString html(Database& db, const LeadRow& lead);
};

} // namespace leadloop
