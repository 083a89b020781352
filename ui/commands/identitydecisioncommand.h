#pragma once

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace leadloop {

class Database;

/// A decision on a cookie seen with two e-mails (docs/identity.md) as an undoable step: link the
/// visitor to the other contact, or keep the two apart. Undo puts the conflict back on the review
/// list and the visitor's previous links back in force; the identity log keeps every step.
class IdentityDecisionCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityDecisionCommand)

public:
    enum class Decision
    {
        Link,
        KeepApart
    };
    using Done = std::function<void(const QString& error)>;

    /// `visitor` and `contact` as the review list names them (cookie id, e-mail); `linkedTo`:
    /// the contacts the visitor is linked to before the decision.
    IdentityDecisionCommand(Database& db, Decision decision, QString visitor, QString contact,
                            QList<qint64> linkedTo, QString byUser, Done done);
    void redo() override;
    void undo() override;

private:
    Database& m_db;
    Decision m_decision;
    QString m_visitor, m_contact, m_byUser;
    QList<qint64> m_linkedTo;
    Done m_done;
};

} // namespace leadloop
