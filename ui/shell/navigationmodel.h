#pragma once

#include <QAbstractListModel>
#include <QIcon>

namespace leadloop {

/// The views the sidebar lists, in order; each row knows its icon, title and what it shows.
class NavigationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationModel)

public:
    enum class View
    {
        Dashboard,
        Funnel,
        Cohorts,
        Channels,
        Attribution,
        Journeys,
        Deals,
        Leads,
        Scoring,
        Campaigns,
        Imports
    };
    enum Role
    {
        ViewRole = Qt::UserRole + 1,
        DescriptionRole
    };

    explicit NavigationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static int viewCount() { return int(View::Imports) + 1; }
    static QString title(View view);
    static QString description(View view);
    static QIcon icon(View view);
};

} // namespace leadloop
