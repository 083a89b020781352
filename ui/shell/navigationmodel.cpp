#include "navigationmodel.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace leadloop {

NavigationModel::NavigationModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int NavigationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : viewCount();
}

QVariant NavigationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto view = View(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return title(view);
    case Qt::DecorationRole:
        return icon(view);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return description(view);
    case ViewRole:
        return int(view);
    default:
        return {};
    }
}

QString NavigationModel::title(View view)
{
    switch (view) {
    case View::Dashboard:
        return tr("Dashboard");
    case View::Funnel:
        return tr("Funnel");
    case View::Cohorts:
        return tr("Cohorts");
    case View::Channels:
        return tr("Channels");
    case View::Attribution:
        return tr("Attribution");
    case View::Journeys:
        return tr("Journeys");
    case View::Deals:
        return tr("Deals");
    case View::Leads:
        return tr("Leads");
    case View::Scoring:
        return tr("Scoring");
    case View::Campaigns:
        return tr("Campaigns");
    case View::Imports:
        return tr("Imports");
    }
    return {};
}

QString NavigationModel::description(View view)
{
    switch (view) {
    case View::Dashboard:
        return tr("Headline figures for the period: visitors, leads, customers, revenue, cost "
                  "and return, against the previous period.");
    case View::Funnel:
        return tr("Visitors, leads, opportunities and customers, with the conversion rate of "
                  "every step and the time between steps.");
    case View::Cohorts:
        return tr("How long people take from one step to the next, and how each week's or "
                  "month's new people go on to become leads, customers and revenue.");
    case View::Channels:
        return tr("Sessions, leads, customers, revenue and cost per channel, source, campaign "
                  "or landing page, with cost per lead, acquisition cost and ROI.");
    case View::Attribution:
        return tr("How each attribution model shares the credit for leads, deals and revenue "
                  "between channels, side by side.");
    case View::Journeys:
        return tr("One contact's history as a timeline: every visit, page, form, deal stage and "
                  "outcome.");
    case View::Deals:
        return tr("Win rate, won value and days to close by owner, product, account, channel, "
                  "stage or lost reason.");
    case View::Leads:
        return tr("Contacts and their deals; tag leads won or lost with a key press.");
    case View::Scoring:
        return tr("Which open leads will close, learnt from the outcomes sales tagged, and how "
                  "sure the model is.");
    case View::Campaigns:
        return tr("Campaigns with their channel, dates and daily costs.");
    case View::Imports:
        return tr("Every import batch with its counts and the rows it rejected.");
    }
    return {};
}

QIcon NavigationModel::icon(View view)
{
    static const char* const names[] = {"dashboard",   "funnel",    "cohorts", "channels",
                                        "attribution", "journeys",  "deals",   "leads",
                                        "scoring",     "campaigns", "imports"};
    const QString path = u":/leadloop/icons/"_s + QLatin1StringView(names[int(view)]) + u".svg"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const auto render = [](const QByteArray& data, int size) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        QSvgRenderer(data).render(&painter);
        return pixmap;
    };
    // A white variant keeps the icon visible on the selection highlight.
    QIcon icon;
    for (int size : {16, 22, 32, 48}) {
        icon.addPixmap(render(svg, size), QIcon::Normal);
        icon.addPixmap(render(QByteArray(svg).replace("#3b6ea5", "#ffffff"), size),
                       QIcon::Selected);
    }
    return icon;
}

} // namespace leadloop
