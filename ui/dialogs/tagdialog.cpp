#include "tagdialog.h"

#include "common/money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

TagDialog::TagDialog(const TagQuestion& question, QWidget* parent)
    : QDialog(parent)
    , m_question(question)
    , m_note(new QLineEdit(this))
{
    const bool won = question.outcome == u"won";
    setWindowTitle(won ? tr("Mark as won") : tr("Mark as lost"));
    auto* form = new QFormLayout;
    const QString count = QLocale().toString(question.count);
    auto* intro = new QLabel(question.count == 1
                                 ? (won ? tr("The selected lead will be marked as won.")
                                        : tr("The selected lead will be marked as lost."))
                                 : (won ? tr("Selected leads: %1. Each will be marked as won.")
                                        : tr("Selected leads: %1. Each will be marked as lost."))
                                       .arg(count),
                             this);
    intro->setWordWrap(true);
    setMinimumWidth(420);
    if (won) {
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(u"amount"_s);
        if (question.amountCents)
            m_amount->setText(formatCents(*question.amountCents));
        m_amount->setPlaceholderText(question.count > 1 ? tr("each deal's own amount")
                                                        : tr("for example 12 500,00"));
        m_currency = new QLineEdit(question.currency, this);
        m_currency->setObjectName(u"currency"_s);
        m_currency->setMaxLength(3);
        m_currency->setPlaceholderText(tr("EUR"));
        form->addRow(tr("&Amount won:"), m_amount);
        if (!question.withoutAmount.isEmpty()) {
            QStringList names = question.withoutAmount.mid(0, 3);
            if (question.withoutAmount.size() > 3)
                names << tr("%Ln more", nullptr, int(question.withoutAmount.size() - 3));
            auto* missing =
                new QLabel(tr("No deal amount for %1, so enter the amount won; it applies to every "
                              "selected lead.")
                               .arg(names.join(u", "_s)),
                           this);
            missing->setObjectName(u"missingAmount"_s);
            missing->setWordWrap(true);
            form->addRow(missing);
            m_amount->setPlaceholderText({});
        }
        form->addRow(tr("C&urrency:"), m_currency);
        connect(m_amount, &QLineEdit::textChanged, this, &TagDialog::validate);
    } else {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(u"reason"_s);
        m_reason->setEditable(true);
        m_reason->addItems(question.reasons);
        m_reason->setCurrentIndex(-1);
        m_reason->lineEdit()->setPlaceholderText(tr("choose or type a reason"));
        form->addRow(tr("&Reason:"), m_reason);
        connect(m_reason, &QComboBox::currentTextChanged, this, &TagDialog::validate);
    }
    m_note->setObjectName(u"note"_s);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(won ? tr("Mark won") : tr("Mark lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    validate();
    if (m_amount)
        m_amount->setFocus();
    else
        m_reason->setFocus();
}

void TagDialog::validate()
{
    auto* ok = findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    if (m_reason)
        ok->setEnabled(!m_reason->currentText().trimmed().isEmpty());
    else
        ok->setEnabled(answer().has_value() &&
                       ((m_question.count > 1 && m_question.withoutAmount.isEmpty()) ||
                        !m_amount->text().trimmed().isEmpty()));
}

std::optional<TagAnswer> TagDialog::answer() const
{
    TagAnswer a;
    a.note = m_note->text().trimmed();
    if (m_reason) {
        a.reason = m_reason->currentText().trimmed();
        return a;
    }
    const QString amount = m_amount->text().trimmed();
    if (!amount.isEmpty()) {
        a.amountCents = parseMoneyCents(amount);
        if (!a.amountCents)
            return std::nullopt;
    }
    a.currency = m_currency->text().trimmed().toUpper();
    return a;
}

std::optional<TagAnswer> TagDialog::ask(QWidget* parent, const TagQuestion& question)
{
    TagDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace leadloop
