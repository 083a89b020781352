#pragma once

#include "sales/outcometagger.h"

#include <functional>
#include <QCoreApplication>
#include <QUndoCommand>

namespace leadloop {

class Database;

/// Tags one or many leads won, lost or open as one undoable step: redo tags them all in one
/// transaction, undo appends the reverse of each tag (docs/outcomes.md). After either, `changed`
/// is told which contacts to re-read, or why it failed.
class TagLeadsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagLeadsCommand)

public:
    using Changed = std::function<void(const QList<qint64>& contacts, const QString& error)>;

    TagLeadsCommand(Database& db, QList<LeadIds> leads, TagRequest request, QString what,
                    Changed changed);

    void redo() override;
    void undo() override;

    /// "Tag 12 leads as lost", or "Tag Anna Nowak as won" for one.
    static QString describe(int count, const QString& name, const QString& outcome);

private:
    QList<qint64> contacts() const;

    Database& m_db;
    QList<LeadIds> m_leads;
    TagRequest m_request;
    Changed m_changed;
};

} // namespace leadloop
