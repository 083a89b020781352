#pragma once

#include <optional>
#include <QDialog>
#include <QStringList>

class QComboBox;
class QLineEdit;

namespace leadloop {

/// What tagging asks before it records won or lost.
struct TagQuestion
{
    QString outcome;                   ///< won or lost
    int count = 1;                     ///< how many leads
    std::optional<qint64> amountCents; ///< the deal's amount, for one lead
    QString currency;
    QStringList reasons;       ///< the workspace's lost reasons
    QStringList withoutAmount; ///< leads whose deal has no amount: won then needs one
};

/// The answer: for won an amount (unset: each deal keeps its own), for lost a reason.
struct TagAnswer
{
    std::optional<qint64> amountCents;
    QString currency;
    QString reason;
    QString note;
};

/// Asks for the amount won, or the reason lost, with an optional note.
class TagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDialog)

public:
    TagDialog(const TagQuestion& question, QWidget* parent = nullptr);

    /// Shows the dialog; nothing when it was cancelled.
    static std::optional<TagAnswer> ask(QWidget* parent, const TagQuestion& question);
    /// The answer as entered; nothing when the amount is not a number.
    std::optional<TagAnswer> answer() const;

private:
    void validate();

    TagQuestion m_question;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_currency = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note;
};

} // namespace leadloop
