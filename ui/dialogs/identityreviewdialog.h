#pragma once

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace leadloop {

class WorkspaceSession;

/// The review list of cookies seen with two e-mails: for each, link the visitor to the other
/// contact or keep them apart, each decision one undoable step.
class IdentityReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityReviewDialog)

public:
    IdentityReviewDialog(WorkspaceSession& session, QString byUser, QWidget* parent = nullptr);

    /// Re-reads the review list.
    void refresh();
    /// Decides the selected row: link (true) or keep apart (false).
    void decide(bool link);
    QTableView* table() const { return m_table; }

private:
    WorkspaceSession& m_session;
    QString m_byUser;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QLabel* m_message;
};

} // namespace leadloop
