#include "welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

static QPushButton* bigButton(const QString& text, const QString& icon, QWidget* parent)
{
    auto* button = new QPushButton(QIcon(icon), text, parent);
    button->setIconSize(QSize(24, 24));
    button->setMinimumHeight(44);
    button->setStyleSheet(u"text-align: left; padding-left: 14px;"_s);
    return button;
}

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(u"welcomePage"_s);
    auto* title = new QLabel(tr("Welcome to LeadLoop"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro = new QLabel(tr("LeadLoop follows every lead from the first anonymous visit to the "
                                "signed deal, so you can see which channels and campaigns bring "
                                "customers and revenue, not just clicks."),
                             this);
    intro->setWordWrap(true);

    auto* demo =
        bigButton(tr("Open the demo workspace"), u":/leadloop/icons/dashboard.svg"_s, this);
    demo->setObjectName(u"openDemoButton"_s);
    demo->setToolTip(tr("A realistic 90-day story of a software company: 20,000 visitors, "
                        "15 campaigns and 400 deals."));
    auto* create = bigButton(tr("Create a new workspace…"), u":/leadloop/icons/new.svg"_s, this);
    create->setObjectName(u"newWorkspaceButton"_s);
    auto* open = bigButton(tr("Open a workspace file…"), u":/leadloop/icons/open.svg"_s, this);
    open->setObjectName(u"openWorkspaceButton"_s);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);

    auto* recentLabel = new QLabel(tr("Recent workspaces"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setObjectName(u"recentList"_s);
    m_recent->setMaximumHeight(160);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(demo);
    column->addWidget(create);
    column->addWidget(open);
    column->addSpacing(12);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);

    auto* centered = new QHBoxLayout;
    centered->addStretch(1);
    centered->addLayout(column, 3);
    centered->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(centered);
    outer->addStretch(2);
}

void WelcomePage::setRecentWorkspaces(const QStringList& paths)
{
    m_recent->clear();
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName() + u"  —  "_s +
                                             QDir::toNativeSeparators(path),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto* none = new QListWidgetItem(tr("No recent workspaces yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace leadloop
