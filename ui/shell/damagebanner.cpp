#include "damagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace leadloop {

DamageBanner::DamageBanner(QWidget* parent)
    : QFrame(parent)
    , m_restore(new QPushButton(tr("&Restore…"), this))
    , m_recover(new QPushButton(tr("Re&cover…"), this))
{
    setObjectName(u"damageBanner"_s);
    // A warning colour that reads in the light and the dark theme alike.
    setStyleSheet(u"#damageBanner { background: #fdecea; border-bottom: 1px solid #e0a39c; }"
                  u"#damageBanner QLabel { color: #611a15; }"_s);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    auto* text = new QLabel(
        tr("<b>This workspace is damaged: figures may be wrong.</b> It is open read-only. "
           "Restore the last good snapshot, or recover what can be read into a new file."),
        this);
    text->setObjectName(u"damageText"_s);
    text->setWordWrap(true);
    m_restore->setObjectName(u"damageRestore"_s);
    m_recover->setObjectName(u"damageRecover"_s);
    connect(m_restore, &QPushButton::clicked, this, &DamageBanner::restoreRequested);
    connect(m_recover, &QPushButton::clicked, this, &DamageBanner::recoverRequested);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(12, 8, 12, 8);
    row->addWidget(icon);
    row->addWidget(text, 1);
    row->addWidget(m_restore);
    row->addWidget(m_recover);
}

} // namespace leadloop
