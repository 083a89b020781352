#pragma once

#include <QLabel>

namespace leadloop {

/// A view's heading: its title in a larger, bold face, the same in every view.
inline QLabel* pageTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace leadloop
