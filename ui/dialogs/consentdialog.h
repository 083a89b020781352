#pragma once

#include "commands/setconsentcommand.h"

#include <optional>
#include <QDialog>

class QComboBox;

namespace leadloop {

/// What the consent dialog shows of a person: their name, their state of each signal and the
/// choices made by hand (Unknown: none).
struct ConsentQuestion
{
    QString name;
    AdConsent::Status state, manual;
};

/// Asks for a person's consent to ad measurement by hand (docs/ad-platforms.md, "Consent"): for
/// each of Google's two signals "as the imports say", granted or denied, with the state the
/// person has now.
class ConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)

public:
    ConsentDialog(const ConsentQuestion& question, QWidget* parent = nullptr);
    ~ConsentDialog() override;

    /// The choices that differ from the ones made by hand before.
    SetConsentCommand::Choices changes() const;
    /// Shows the dialog; nothing when cancelled or nothing changed.
    static std::optional<SetConsentCommand::Choices> ask(QWidget* parent,
                                                         const ConsentQuestion& question);

private:
    ConsentQuestion m_question;
    QComboBox* m_userData;
    QComboBox* m_personalization;
};

} // namespace leadloop
