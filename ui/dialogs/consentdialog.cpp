#include "consentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

using State = AdConsent::State;

QComboBox* choice(QWidget* parent, State now, State manual)
{
    auto* box = new QComboBox(parent);
    box->addItem(ConsentDialog::tr("As the imports say"), int(State::Unknown));
    box->addItem(ConsentDialog::tr("Granted"), int(State::Granted));
    box->addItem(ConsentDialog::tr("Denied"), int(State::Denied));
    box->setCurrentIndex(box->findData(int(manual)));
    box->setToolTip(ConsentDialog::tr("Now: %1").arg(AdConsent::label(now)));
    return box;
}

} // namespace

ConsentDialog::ConsentDialog(const ConsentQuestion& question, QWidget* parent)
    : QDialog(parent)
    , m_question(question)
    , m_userData(choice(this, question.state.adUserData, question.manual.adUserData))
    , m_personalization(
          choice(this, question.state.adPersonalization, question.manual.adPersonalization))
{
    setWindowTitle(tr("Ad consent of %1").arg(question.name));
    m_userData->setObjectName(u"consentUserData"_s);
    m_personalization->setObjectName(u"consentPersonalization"_s);
    auto* intro = new QLabel(
        tr("Whether this person's data may be sent to ad platforms (Google, Microsoft, Meta, "
           "LinkedIn) and used for personalised ads. A choice made here wins over what imports "
           "say; nobody whose ad user data is denied is ever exported."),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    const auto row = [&](const QString& title, QComboBox* box, State now) {
        auto* line = new QHBoxLayout;
        line->addWidget(box, 1);
        line->addWidget(new QLabel(tr("now: %1").arg(AdConsent::label(now)), this));
        form->addRow(title, line);
    };
    row(tr("Ad user data:"), m_userData, question.state.adUserData);
    row(tr("Ad personalization:"), m_personalization, question.state.adPersonalization);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

ConsentDialog::~ConsentDialog() = default;

SetConsentCommand::Choices ConsentDialog::changes() const
{
    SetConsentCommand::Choices out;
    const auto add = [&](AdConsent::Signal signal, QComboBox* box, State before) {
        const State chosen = State(box->currentData().toInt());
        if (chosen != before)
            out.emplace_back(signal, chosen);
    };
    add(AdConsent::Signal::AdUserData, m_userData, m_question.manual.adUserData);
    add(AdConsent::Signal::AdPersonalization, m_personalization,
        m_question.manual.adPersonalization);
    return out;
}

std::optional<SetConsentCommand::Choices> ConsentDialog::ask(QWidget* parent,
                                                             const ConsentQuestion& question)
{
    ConsentDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    SetConsentCommand::Choices chosen = dialog.changes();
    if (chosen.empty())
        return std::nullopt;
    return chosen;
}

} // namespace leadloop
