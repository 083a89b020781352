#include "unavailablepage.h"

#include "pagetitle.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

UnavailablePage::UnavailablePage(const QIcon& icon, const QString& title,
                                 const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* picture = new QLabel(this);
    picture->setPixmap(icon.pixmap(64, 64));
    picture->setAlignment(Qt::AlignCenter);
    auto* heading = pageTitle(title, this);
    heading->setAlignment(Qt::AlignCenter);
    auto* what = new QLabel(description, this);
    what->setWordWrap(true);
    what->setAlignment(Qt::AlignCenter);
    auto* when = new QLabel(tr("This view is not available in this version of LeadLoop yet. "
                               "Your data is kept, and the view will show it when it arrives."),
                            this);
    when->setWordWrap(true);
    when->setAlignment(Qt::AlignCenter);
    when->setEnabled(false);

    auto* column = new QVBoxLayout;
    column->addWidget(picture);
    column->addWidget(heading);
    column->addWidget(what);
    column->addSpacing(8);
    column->addWidget(when);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

} // namespace leadloop
