#pragma once

#include "sales/adconsent.h"

#include <functional>
#include <QCoreApplication>
#include <QUndoCommand>
#include <vector>

namespace leadloop {

class Database;

/// A person's consent to ad measurement set by hand (docs/ad-platforms.md, "Consent") as an
/// undoable step: redo records the new choices, undo records the choices made by hand before
/// (none: back to what the imports say). Both stay in the person's history.
class SetConsentCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetConsentCommand)

public:
    using Choices = std::vector<std::pair<AdConsent::Signal, AdConsent::State>>;
    using Changed = std::function<void(qint64 contact, const QString& error)>;

    /// `before`: the choices made by hand before, for the same signals.
    SetConsentCommand(Database& db, qint64 contact, const QString& name, Choices choices,
                      Choices before, QString byUser, Changed changed);

    void redo() override;
    void undo() override;

private:
    void put(const Choices& choices);

    Database& m_db;
    qint64 m_contact;
    Choices m_choices, m_before;
    QString m_byUser;
    Changed m_changed;
};

} // namespace leadloop
