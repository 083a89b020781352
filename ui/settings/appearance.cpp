#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace leadloop {

QStringList Appearance::themes()
{
    return {u"system"_s, u"light"_s, u"dark"_s};
}

void Appearance::apply(const QString& theme)
{
    static const QString systemStyle = QApplication::style()->name();
    if (theme != u"light" && theme != u"dark") {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p = QApplication::style()->standardPalette();
    if (theme == u"dark") {
        const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
        const QColor highlight(0x2f, 0x7d, 0xd1);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, highlight.lighter(130));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x80));
    }
    QApplication::setPalette(p);
}

} // namespace leadloop
