#include "dealoutcomes.h"

#include "store/database.h"
#include "store/statement.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace leadloop {

/// Makes the deal's outcome, closing time and lost reason those of its latest event. The deal's
/// amount stays the pipeline's; a won event carries the amount won.
Status DealOutcomes::applyLatest(Database& db, qint64 dealId)
{
    Statement latest(db.handle(),
                     "SELECT new_outcome, at, amount_cents, coalesce(currency, ''), "
                     "coalesce(reason, '') FROM outcome_events WHERE deal_id = ?1 ORDER BY at "
                     "DESC, id DESC LIMIT 1");
    latest.bind(1, dealId);
    if (!latest.next())
        return latest.status();
    const QString outcome = latest.text(0);
    const bool closed = outcome != u"open";
    Statement update(db.handle(), "UPDATE deals SET outcome = ?2, closed_at = ?3, lost_reason = ?4 "
                                  "WHERE id = ?1");
    update.bind(1, dealId).bind(2, outcome);
    if (closed)
        update.bind(3, latest.int64(1));
    else
        update.bindNull(3);
    if (outcome == u"lost")
        update.bind(4, latest.text(4));
    else
        update.bindNull(4);
    return update.execute();
}

QString DealOutcomes::fromStage(const QString& stage, const QStringList& wonStages,
                                const QStringList& lostStages)
{
    const QString key = stage.trimmed().toLower();
    if (key.isEmpty())
        return {};
    const auto matches = [&](const QStringList& list) {
        return std::any_of(list.begin(), list.end(), [&](const QString& s) {
            return s.trimmed().compare(key, Qt::CaseInsensitive) == 0;
        });
    };
    if (!wonStages.isEmpty() || !lostStages.isEmpty()) {
        if (matches(wonStages))
            return u"won"_s;
        if (matches(lostStages))
            return u"lost"_s;
        return u"open"_s;
    }
    QString compact = key;
    compact.remove(u' ').remove(u'-').remove(u'_');
    if (compact == u"won" || compact == u"closedwon" || compact == u"win")
        return u"won"_s;
    if (compact == u"lost" || compact == u"closedlost" || compact == u"loss")
        return u"lost"_s;
    return u"open"_s;
}

std::optional<bool> DealOutcomes::flag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"1" || t == u"yes" || t == u"y")
        return true;
    if (t == u"false" || t == u"0" || t == u"no" || t == u"n")
        return false;
    return std::nullopt;
}

} // namespace leadloop
