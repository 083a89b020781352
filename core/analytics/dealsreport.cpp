#include "dealsreport.h"

#include "conversionpaths.h"
#include "quantile.h"
#include "store/database.h"
#include "store/statement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

constexpr double DayMs = 86'400'000.0;

struct Group
{
    qint64 deals = 0, open = 0, won = 0, lost = 0;
    double wonValue = 0;
    std::vector<double> daysToClose;
};

QVariant ratio(double a, double b, int decimals)
{
    if (b == 0)
        return {};
    const double scale = std::pow(10.0, decimals);
    return std::round(a / b * scale) / scale;
}

QVariant median(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return std::round(quantileOfSorted(values, 0.5) * 10) / 10;
}

} // namespace

QStringList DealsReport::dimensions()
{
    return {u"owner"_s, u"product"_s, u"account"_s, u"channel"_s, u"stage"_s, u"lost-reason"_s};
}

std::vector<RateIntervals::Rate> DealsReport::rates()
{
    return {{u"win_rate"_s, u"won"_s, {u"won"_s, u"lost"_s}}};
}

Result<ResultTable> DealsReport::run(Database& db, const QString& dimension,
                                     const ReportFilter& filter)
{
    const char* column = nullptr;
    if (dimension == u"owner")
        column = "d.owner";
    else if (dimension == u"product")
        column = "d.product";
    else if (dimension == u"account")
        column = "d.account";
    else if (dimension == u"stage")
        column = "d.stage";
    else if (dimension == u"lost-reason")
        column = "CASE WHEN d.outcome = 'lost' THEN d.lost_reason END";
    else if (dimension == u"channel")
        column = "NULL";
    else
        return Error{
            ErrorCode::InvalidArgument,
            tr("--by takes one of %1, not '%2'.").arg(dimensions().join(u", "_s), dimension)};

    // A person's channel is the channel of their first touch; a session filter keeps the deals
    // of people whose first touch it keeps.
    std::optional<PersonTouches> touches;
    if (dimension == u"channel" || filter.hasSessionFilter() || filter.hasPeopleFilter()) {
        auto loaded = PersonTouches::load(db, u"channel"_s, false, filter);
        if (!loaded)
            return loaded.error();
        touches = std::move(*loaded);
    }
    const auto firstChannel = [&](std::optional<qint64> contact) -> QString {
        if (!contact)
            return u"(none)"_s;
        const auto all = touches->touches(*contact);
        return all.empty() ? u"(none)"_s : all.front().channel;
    };
    auto loadedBook = DealBook::load(db);
    if (!loadedBook)
        return loadedBook.error();
    const DealBook& book = *loadedBook;
    const std::string sql = std::string("SELECT d.id, coalesce(nullif(") + column +
                            ", ''), '(not set)') FROM deals d WHERE (?1 IS NULL OR d.created_at "
                            ">= ?1) AND (?2 IS NULL OR d.created_at <= ?2)";
    Statement dealRows(db.handle(), sql.c_str());
    if (!dealRows.isValid())
        return Error{ErrorCode::Database, dealRows.errorString()};
    dealRows.bind(1, filter.from).bind(2, filter.to);
    std::map<QString, Group> groups;
    Group total;
    qint64 closedBeforeCreated = 0, wonWithoutContact = 0;
    double wonValueWithoutContact = 0;
    while (dealRows.next()) {
        const DealBook::Deal* deal = book.find(dealRows.int64(0));
        if (!deal)
            continue;
        QString key = dealRows.text(1);
        if (touches) {
            if (!touches->scope().deal(deal->id))
                continue;
            const QString channel =
                firstChannel(deal->contact ? std::optional<qint64>(deal->contact) : std::nullopt);
            if (!ConversionPaths::shows(channel, filter))
                continue;
            if (dimension == u"channel")
                key = channel;
        }
        const bool open = deal->outcome == DealBook::Outcome::Open;
        for (Group* g : {&groups[key], &total}) {
            ++g->deals;
            if (open)
                ++g->open;
        }
        if (open)
            continue;
        const bool won = deal->outcome == DealBook::Outcome::Won;
        double value = 0;
        if (won) {
            auto valued = deal->valued();
            if (!valued)
                return valued.error();
            value = *valued;
        }
        if (won && deal->contact == 0) {
            ++wonWithoutContact;
            wonValueWithoutContact += value;
        }
        // A close dated before the creation (an export's clean-up dates) has no duration.
        const bool timed = deal->closed && *deal->closed >= deal->created;
        if (deal->closed && !timed)
            ++closedBeforeCreated;
        for (Group* g : {&groups[key], &total}) {
            (won ? g->won : g->lost) += 1;
            g->wonValue += value;
            if (timed)
                g->daysToClose.push_back(double(*deal->closed - deal->created) / DayMs);
        }
    }
    if (Status read = dealRows.status(); !read)
        return read.error();

    ResultTable table;
    table.addColumn(ConversionPaths::dimensionKey(dimension),
                    ConversionPaths::dimensionTitle(dimension), ValueKind::Text);
    table.addColumn(u"deals"_s, tr("Deals"), ValueKind::Count);
    table.addColumn(u"open"_s, tr("Open"), ValueKind::Count);
    table.addColumn(u"won"_s, tr("Won"), ValueKind::Count);
    table.addColumn(u"lost"_s, tr("Lost"), ValueKind::Count);
    table.addColumn(u"won_value"_s, tr("Won value"), ValueKind::Money);
    table.addColumn(u"win_rate"_s, tr("Win rate"), ValueKind::Percent);
    table.addColumn(u"average_won"_s, tr("Average won deal"), ValueKind::Money);
    table.addColumn(u"median_days_to_close"_s, tr("Median days to close"), ValueKind::Decimal);
    std::vector<std::pair<QString, Group>> rows(groups.begin(), groups.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second.deals > b.second.deals; });
    const auto addRow = [&](const QString& name, const Group& g) {
        table.addRow({name, g.deals, g.open, g.won, g.lost, std::round(g.wonValue * 100) / 100,
                      ratio(double(g.won), double(g.won + g.lost), 4),
                      ratio(g.wonValue, double(g.won), 2), median(g.daysToClose)});
    };
    for (const auto& [name, g] : rows)
        addRow(name, g);
    table.meta = {{u"by"_s, dimension},
                  {u"filter"_s, filter.describe()},
                  {u"deals"_s, total.deals},
                  {u"won"_s, total.won},
                  {u"lost"_s, total.lost},
                  {u"won_value"_s, std::round(total.wonValue * 100) / 100},
                  {u"win_rate"_s, ratio(double(total.won), double(total.won + total.lost), 4)},
                  {u"currency"_s, book.currency()},
                  {u"closed_before_created"_s, closedBeforeCreated},
                  {u"won_without_contact"_s, wonWithoutContact},
                  {u"won_value_without_contact"_s, std::round(wonValueWithoutContact * 100) / 100}};
    return table;
}

} // namespace leadloop
