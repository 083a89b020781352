#include "funnelstepeditor.h"

#include "models/funnelstepsmodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace leadloop {

/// One edit of the funnel being edited: the whole definition before and after.
class FunnelEditCommand final : public QUndoCommand
{
public:
    FunnelEditCommand(FunnelStepEditor* editor, FunnelDefinition before, FunnelDefinition after,
                      int selectBefore, int selectAfter, const QString& text)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_selectBefore(selectBefore)
        , m_selectAfter(selectAfter)
    {
        setText(text);
    }
    void redo() override { m_editor->apply(m_after, m_selectAfter); }
    void undo() override { m_editor->apply(m_before, m_selectBefore); }

private:
    FunnelStepEditor* m_editor; ///< owns the stack this command is on
    FunnelDefinition m_before, m_after;
    int m_selectBefore, m_selectAfter;
};

namespace {

using Type = FunnelStep::Type;

struct TypeName
{
    Type type;
    const char* name;
};

// In the order offered: the web steps, then the CRM's.
constexpr TypeName TypeNames[] = {
    {Type::Visit, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Visit to the site")},
    {Type::Session,
     QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Visit from a channel or campaign")},
    {Type::Page, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Page viewed")},
    {Type::Event, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Event tracked")},
    {Type::Form, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Form submitted")},
    {Type::Lead, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Became a lead")},
    {Type::Lifecycle, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Lifecycle stage")},
    {Type::Opportunity, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Deal created")},
    {Type::DealStage, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Deal stage reached")},
    {Type::Won, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Deal won")},
    {Type::Lost, QT_TRANSLATE_NOOP("leadloop::FunnelStepEditor", "Deal lost")}};

} // namespace

FunnelStepEditor::FunnelStepEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new FunnelStepsModel(this))
    , m_list(new QListView(this))
    , m_undo(new QUndoStack(this))
    , m_type(new QComboBox(this))
    , m_conditionLabel(new QLabel(this))
    , m_sessionDimension(new QComboBox(this))
    , m_condition(new QLineEdit(this))
    , m_titleLabel(new QLabel(tr("Title:"), this))
    , m_title(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_window(new QSpinBox(this))
    , m_count(new QComboBox(this))
{
    m_list->setObjectName(u"steps"_s);
    m_list->setModel(m_model);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Queued: the model is rebuilt once the view's drop has finished with it.
    connect(m_model, &FunnelStepsModel::moveRequested, this, &FunnelStepEditor::moveStep,
            Qt::QueuedConnection);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FunnelStepEditor::showSelected);

    // Add (a menu of step kinds), remove, undo, redo.
    auto* add = new QToolButton(this);
    add->setObjectName(u"addStep"_s);
    add->setText(tr("Add step"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto* kinds = new QMenu(add);
    for (const TypeName& t : TypeNames) {
        const Type type = t.type;
        kinds->addAction(tr(t.name), this, [this, type] { addStep(type); });
        m_type->addItem(tr(t.name), int(type));
    }
    add->setMenu(kinds);
    auto* remove = new QToolButton(this);
    remove->setText(tr("Remove"));
    remove->setObjectName(u"removeStep"_s);
    connect(remove, &QToolButton::clicked, this, &FunnelStepEditor::removeSelectedStep);
    auto* undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("Undo")));
    auto* redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("Redo")));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(undo);
    buttons->addWidget(redo);

    // The selected step.
    m_type->setObjectName(u"stepType"_s);
    m_condition->setObjectName(u"stepCondition"_s);
    m_title->setObjectName(u"stepTitle"_s);
    m_label->setObjectName(u"stepLabel"_s);
    m_label->setPlaceholderText(tr("(the condition in words)"));
    m_sessionDimension->setObjectName(u"stepDimension"_s);
    const std::pair<QString, QString> dimensions[] = {{u"channel"_s, tr("Channel")},
                                                      {u"source"_s, tr("Source")},
                                                      {u"medium"_s, tr("Medium")},
                                                      {u"source-medium"_s, tr("Source / medium")},
                                                      {u"campaign"_s, tr("Campaign")}};
    for (const auto& [id, name] : dimensions)
        m_sessionDimension->addItem(name, id);
    auto* form = new QFormLayout;
    form->addRow(tr("Step:"), m_type);
    auto* condition = new QHBoxLayout;
    condition->addWidget(m_sessionDimension);
    condition->addWidget(m_condition, 1);
    form->addRow(m_conditionLabel, condition);
    form->addRow(m_titleLabel, m_title);
    form->addRow(tr("Label:"), m_label);
    connect(m_type, &QComboBox::activated, this, &FunnelStepEditor::readForm);
    connect(m_sessionDimension, &QComboBox::activated, this, &FunnelStepEditor::readForm);
    for (QLineEdit* edit : {m_condition, m_title, m_label})
        connect(edit, &QLineEdit::editingFinished, this, &FunnelStepEditor::readForm);

    // The whole funnel's options.
    m_order->setObjectName(u"order"_s);
    m_order->addItem(tr("in this order"), false);
    m_order->addItem(tr("in any order"), true);
    m_window->setObjectName(u"windowDays"_s);
    m_window->setRange(0, 3650);
    m_window->setSpecialValueText(tr("no limit"));
    m_window->setSuffix(tr(" days"));
    m_count->setObjectName(u"count"_s);
    m_count->addItem(tr("people"), false);
    m_count->addItem(tr("sessions (web steps only)"), true);
    connect(m_order, &QComboBox::activated, this,
            [this] { setAnyOrder(m_order->currentData().toBool()); });
    connect(m_window, &QSpinBox::editingFinished, this,
            [this] { setWindowDays(m_window->value()); });
    connect(m_count, &QComboBox::activated, this,
            [this] { setCountSessions(m_count->currentData().toBool()); });
    form->addRow(tr("Steps taken:"), m_order);
    form->addRow(tr("Within:"), m_window);
    form->addRow(tr("Count:"), m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    showSelected();
}

FunnelDefinition FunnelStepEditor::definition() const
{
    return m_applied;
}

void FunnelStepEditor::setDefinition(const FunnelDefinition& definition)
{
    m_undo->clear();
    apply(definition, definition.steps.empty() ? -1 : 0);
}

int FunnelStepEditor::selectedStep() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FunnelStepEditor::selectStep(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

void FunnelStepEditor::change(const FunnelDefinition& after, const QString& text, int selectAfter)
{
    m_undo->push(new FunnelEditCommand(this, m_applied, after, selectedStep(), selectAfter, text));
}

void FunnelStepEditor::apply(const FunnelDefinition& d, int select)
{
    m_filling = true;
    m_applied = d;
    m_model->setSteps(d.steps);
    m_order->setCurrentIndex(d.anyOrder ? 1 : 0);
    m_window->setValue(d.windowDays);
    m_count->setCurrentIndex(d.countSessions ? 1 : 0);
    m_filling = false;
    if (select >= 0 && select < m_model->rowCount())
        selectStep(select);
    showSelected();
    emit definitionChanged();
}

void FunnelStepEditor::addStep(FunnelStep::Type type)
{
    FunnelDefinition after = m_applied;
    FunnelStep step;
    step.type = type;
    if (type == Type::Page)
        step.pattern = u"/*"_s;
    if (type == Type::Session)
        step.dimension = u"channel"_s;
    const int at = selectedStep() >= 0 ? selectedStep() + 1 : int(after.steps.size());
    after.steps.insert(after.steps.begin() + at, step);
    change(after, tr("Add step"), at);
}

void FunnelStepEditor::removeSelectedStep()
{
    const int row = selectedStep();
    if (row < 0)
        return;
    FunnelDefinition after = m_applied;
    after.steps.erase(after.steps.begin() + row);
    change(after, tr("Remove step"), std::min(row, int(after.steps.size()) - 1));
}

void FunnelStepEditor::moveStep(int from, int to)
{
    FunnelDefinition after = m_applied;
    if (from < 0 || from >= int(after.steps.size()) || to < 0 || to > int(after.steps.size()) ||
        to == from || to == from + 1)
        return;
    const FunnelStep moved = after.steps[size_t(from)];
    after.steps.erase(after.steps.begin() + from);
    const int at = to > from ? to - 1 : to;
    after.steps.insert(after.steps.begin() + at, moved);
    change(after, tr("Move step"), at);
}

void FunnelStepEditor::replaceSelectedStep(const FunnelStep& step)
{
    const int row = selectedStep();
    if (row < 0)
        return;
    FunnelDefinition after = m_applied;
    after.steps[size_t(row)] = step;
    change(after, tr("Change step"), row);
}

void FunnelStepEditor::setAnyOrder(bool any)
{
    FunnelDefinition after = m_applied;
    after.anyOrder = any;
    if (after.anyOrder != m_applied.anyOrder)
        change(after, tr("Change the order"), selectedStep());
}

void FunnelStepEditor::setWindowDays(int days)
{
    FunnelDefinition after = m_applied;
    after.windowDays = days;
    if (after.windowDays != m_applied.windowDays)
        change(after, tr("Change the window"), selectedStep());
}

void FunnelStepEditor::setCountSessions(bool sessions)
{
    FunnelDefinition after = m_applied;
    after.countSessions = sessions;
    if (after.countSessions != m_applied.countSessions)
        change(after, tr("Change what is counted"), selectedStep());
}

void FunnelStepEditor::showSelected()
{
    const int row = selectedStep();
    const bool any = row >= 0;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_type, m_condition, m_title, m_label, m_sessionDimension})
        w->setEnabled(any);
    m_filling = true;
    const FunnelStep step = any ? m_model->step(row) : FunnelStep{};
    m_type->setCurrentIndex(m_type->findData(int(step.type)));
    m_label->setText(step.label);
    m_title->setText(step.title);
    m_sessionDimension->setCurrentIndex(std::max(0, m_sessionDimension->findData(step.dimension)));
    QString condition, placeholder, label = tr("Condition:");
    switch (step.type) {
    case Type::Page:
        condition = step.pattern;
        label = tr("URL or path:");
        placeholder = tr("/pricing* (* for any text)");
        break;
    case Type::Event:
        condition = step.name;
        label = tr("Event name:");
        placeholder = tr("signup_click");
        break;
    case Type::Session:
        condition = step.value;
        label = tr("Value:");
        placeholder = tr("Paid Search");
        break;
    case Type::Lifecycle:
    case Type::DealStage:
        condition = step.stage;
        label = tr("Stage:");
        placeholder = step.type == Type::Lifecycle ? tr("marketingqualifiedlead") : tr("Proposal");
        break;
    default:
        break;
    }
    const bool conditioned =
        any && (step.type == Type::Page || step.type == Type::Event || step.type == Type::Session ||
                step.type == Type::Lifecycle || step.type == Type::DealStage);
    m_condition->setText(condition);
    m_condition->setPlaceholderText(placeholder);
    m_conditionLabel->setText(label);
    m_condition->setVisible(conditioned);
    m_conditionLabel->setVisible(conditioned);
    m_sessionDimension->setVisible(any && step.type == Type::Session);
    m_title->setVisible(any && step.type == Type::Page);
    m_titleLabel->setVisible(any && step.type == Type::Page);
    m_filling = false;
}

void FunnelStepEditor::readForm()
{
    const int row = selectedStep();
    if (m_filling || row < 0)
        return;
    const FunnelStep before = m_model->step(row);
    FunnelStep step;
    step.type = Type(m_type->currentData().toInt());
    step.label = m_label->text().trimmed();
    const QString condition = m_condition->text().trimmed();
    if (step.type == before.type) {
        switch (step.type) {
        case Type::Page:
            step.pattern = condition;
            step.title = m_title->text().trimmed();
            break;
        case Type::Event:
            step.name = condition;
            break;
        case Type::Session:
            step.dimension = m_sessionDimension->currentData().toString();
            step.value = condition;
            break;
        case Type::Lifecycle:
        case Type::DealStage:
            step.stage = condition;
            break;
        default:
            break;
        }
    } else {
        // A new kind of step starts from its own defaults, keeping only the label.
        if (step.type == Type::Page)
            step.pattern = u"/*"_s;
        if (step.type == Type::Session)
            step.dimension = u"channel"_s;
    }
    if (step.type == before.type && step.label == before.label && step.pattern == before.pattern &&
        step.title == before.title && step.name == before.name &&
        step.dimension == before.dimension && step.value == before.value &&
        step.stage == before.stage)
        return;
    replaceSelectedStep(step);
}

} // namespace leadloop
