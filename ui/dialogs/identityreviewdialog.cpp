#include "identityreviewdialog.h"

#include "commands/identitydecisioncommand.h"
#include "sales/identityreview.h"
#include "shell/workspacesession.h"
#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

enum Column
{
    CookieColumn,
    LinkedColumn,
    OtherColumn,
    SeenColumn,
    ColumnCount
};
constexpr int VisitorRole = Qt::UserRole + 1; ///< on the cookie cell: the cookie id
constexpr int LinkedIdsRole =
    Qt::UserRole + 2; ///< on the linked cell: contact ids, comma-separated

} // namespace

IdentityReviewDialog::IdentityReviewDialog(WorkspaceSession& session, QString byUser,
                                           QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_byUser(std::move(byUser))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Review identities"));
    resize(860, 420);
    auto* intro = new QLabel(tr("These browsers (cookies) were used with two e-mail addresses: a "
                                "shared laptop, or a colleague filling in the form. LeadLoop did "
                                "not merge the two people. Decide for each; Edit > Undo takes a "
                                "decision back."),
                             this);
    intro->setWordWrap(true);
    m_model->setHorizontalHeaderLabels(
        {tr("Cookie"), tr("Linked to"), tr("Also seen as"), tr("Seen (UTC)")});
    m_table->setObjectName(u"conflicts"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CookieColumn, 180);
    m_table->setColumnWidth(LinkedColumn, 220);
    m_table->setColumnWidth(OtherColumn, 220);
    auto* link = new QPushButton(tr("&Link to the other e-mail"), this);
    link->setObjectName(u"linkButton"_s);
    link->setToolTip(tr("The browser belongs to the person of the other e-mail from now on."));
    auto* apart = new QPushButton(tr("&Keep apart"), this);
    apart->setObjectName(u"keepApartButton"_s);
    apart->setToolTip(tr("The browser stays with the person it is linked to."));
    connect(link, &QPushButton::clicked, this, [this] { decide(true); });
    connect(apart, &QPushButton::clicked, this, [this] { decide(false); });
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(link);
    buttons->addWidget(apart);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    connect(m_session.undoStack(), &QUndoStack::indexChanged, this, &IdentityReviewDialog::refresh);
    refresh();
}

void IdentityReviewDialog::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    if (!m_session.isOpen())
        return;
    auto conflicts = IdentityReview::conflicts(m_session.workspace()->database());
    if (!conflicts) {
        m_message->setText(conflicts.error().message);
        return;
    }
    // Columns of the review list: visitor, cookie, linked_contact, linked_email,
    // other_contact, other_email, seen_at, reason.
    for (const QVariantList& row : conflicts->rows) {
        auto* cookie = new QStandardItem(row[1].toString());
        cookie->setData(row[1].toString(), VisitorRole);
        auto* linked = new QStandardItem(row[3].toString());
        linked->setData(row[2].toString(), LinkedIdsRole);
        auto* other = new QStandardItem(row[5].toString());
        auto* seen = new QStandardItem(row[6].toString().left(16).replace(u'T', u' '));
        m_model->appendRow({cookie, linked, other, seen});
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_message->setText(tr("Nothing to review: every browser belongs to one person."));
}

void IdentityReviewDialog::decide(bool link)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_session.isOpen())
        return;
    const int row = current.row();
    const QString visitor = m_model->item(row, CookieColumn)->data(VisitorRole).toString();
    const QString other = m_model->item(row, OtherColumn)->text();
    QList<qint64> linkedTo;
    for (const QString& id : m_model->item(row, LinkedColumn)
                                 ->data(LinkedIdsRole)
                                 .toString()
                                 .split(u',', Qt::SkipEmptyParts))
        linkedTo.append(id.toLongLong());
    m_message->clear();
    m_session.undoStack()->push(new IdentityDecisionCommand(
        m_session.workspace()->database(),
        link ? IdentityDecisionCommand::Decision::Link
             : IdentityDecisionCommand::Decision::KeepApart,
        visitor, other, linkedTo, m_byUser, [this](const QString& error) {
            if (!error.isEmpty())
                m_message->setText(tr("Nothing was changed: %1").arg(error));
            m_session.notifyDataChanged();
        }));
}

} // namespace leadloop
