#include "sessionlistdialog.h"

#include "analysis/resulttableview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

SessionListDialog::SessionListDialog(const QString& description, QWidget* parent)
    : QDialog(parent)
    , m_table(new ResultTableView(this))
    , m_status(new QLabel(tr("Working…"), this))
{
    setWindowTitle(tr("Sessions behind %1").arg(description));
    m_status->setObjectName(u"sessionStatus"_s);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(u"<b>%1</b>"_s.arg(description.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(1100, 560);
}

void SessionListDialog::setTable(const ResultTable& table)
{
    m_table->setTable(table);
    const qint64 total = table.meta.value(u"total"_s).toLongLong();
    const qint64 shown = table.meta.value(u"shown"_s).toLongLong();
    m_status->setText(total > shown ? tr("The newest %1 of %Ln sessions.", nullptr, int(total))
                                          .arg(QLocale().toString(shown))
                                    : tr("%Ln sessions, newest first.", nullptr, int(total)));
}

void SessionListDialog::setError(const QString& message)
{
    m_status->setText(message);
}

} // namespace leadloop
