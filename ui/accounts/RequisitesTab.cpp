#include "ui/accounts/RequisitesTab.h"

#include "app/accounts/ContractsModel.h"
#include "app/accounts/LinkAccountController.h"
#include "ui/Dialogs.h"
#include "ui/MessageBanner.h"
#include "ui/StyleRole.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleRole(label, StyleRole::Value);
    return label;
}

QLabel* nameLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldLabel);
    return label;
}

// "60.6" -> "60,6": with a decimal comma, as the bill prints areas (docs/printed-bill.md) and as
// the client writes every other figure; empty stays a dash.
QString areaText(const QString& value) {
    return value.isEmpty() ? u"—"_s : QString(value).replace(u'.', u',');
}
} // namespace

RequisitesTab::RequisitesTab(QWidget* parent)
    : QWidget(parent)
    , m_contracts(new ContractsModel(this))
    , m_banner(new MessageBanner(this))
    , m_loading(new QLabel(this))
    , m_content(new QWidget(this))
    , m_generalTitle(new QLabel(m_content))
    , m_ownerLabel(nameLabel(m_content))
    , m_addressLabel(nameLabel(m_content))
    , m_areaLabel(nameLabel(m_content))
    , m_residentsLabel(nameLabel(m_content))
    , m_owner(valueLabel(m_content, u"requisitesOwner"_s))
    , m_address(valueLabel(m_content, u"requisitesAddress"_s))
    , m_area(valueLabel(m_content, u"requisitesArea"_s))
    , m_residents(valueLabel(m_content, u"requisitesResidents"_s))
    , m_contractsTitle(new QLabel(m_content))
    , m_tree(new QTreeView(m_content))
    , m_selectedContract(new QLabel(m_content))
    , m_historyButton(new QPushButton(m_content))
    , m_metersButton(new QPushButton(m_content))
    , m_coHoldersTitle(new QLabel(m_content))
    , m_coHoldersList(new QListWidget(m_content))
    , m_removeCoHolder(new QPushButton(m_content)) {
    setObjectName(u"requisitesTab"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_banner->setObjectName(u"requisitesBanner"_s);
    m_banner->hide();
    m_loading->setObjectName(u"requisitesLoading"_s);
    setStyleRole(m_loading, StyleRole::Hint);
    m_loading->setAlignment(Qt::AlignCenter);

    m_content->setObjectName(u"requisitesContent"_s);
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(8, 4, 8, 16);
    column->setSpacing(10);
    setStyleRole(m_generalTitle, StyleRole::SectionTitle);
    column->addWidget(m_generalTitle);
    // A grid, not a QFormLayout: the word-wrapped address needs its height for the real width.
    auto* form = new QGridLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    int row = 0;
    for (auto [name, value] : {std::pair{m_ownerLabel, m_owner}, std::pair{m_addressLabel, m_address},
                               std::pair{m_areaLabel, m_area}, std::pair{m_residentsLabel, m_residents}}) {
        form->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
        form->addWidget(value, row, 1, Qt::AlignTop);
        ++row;
    }
    column->addLayout(form);
    column->addSpacing(10);

    setStyleRole(m_contractsTitle, StyleRole::SectionTitle);
    column->addWidget(m_contractsTitle);
    m_tree->setObjectName(u"contractsTree"_s);
    m_tree->setModel(m_contracts);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setAnimated(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ContractsModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ContractsModel::ValueColumn, QHeaderView::ResizeToContents);
    // A header and a few contracts at least; more as the tab grows (stretch). Not more: the tab
    // asks the account view for its minimum, and an operator's caller tab at 1366×768 must hold
    // the view without scrolling it as a whole (docs/operator-workspace.md, «Window»).
    m_tree->setMinimumHeight(7 * m_tree->fontMetrics().height());
    column->addWidget(m_tree, 1);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(10);
    m_selectedContract->setObjectName(u"selectedContractLabel"_s);
    setStyleRole(m_selectedContract, StyleRole::Hint);
    m_selectedContract->setWordWrap(true);
    m_historyButton->setObjectName(u"tariffHistoryButton"_s);
    m_metersButton->setObjectName(u"metersButton"_s);
    for (QPushButton* button : {m_historyButton, m_metersButton})
        setStyleRole(button, StyleRole::Secondary);
    actions->addWidget(m_selectedContract, 1);
    actions->addWidget(m_historyButton);
    actions->addWidget(m_metersButton);
    column->addLayout(actions);

    column->addSpacing(10);
    setStyleRole(m_coHoldersTitle, StyleRole::SectionTitle);
    column->addWidget(m_coHoldersTitle);
    m_coHoldersList->setObjectName(u"coHoldersList"_s);
    m_coHoldersList->setMaximumHeight(120);
    column->addWidget(m_coHoldersList);
    m_removeCoHolder->setObjectName(u"removeCoHolderButton"_s);
    setStyleRole(m_removeCoHolder, StyleRole::Secondary);
    column->addWidget(m_removeCoHolder, 0, Qt::AlignRight);
    setCoHolders({});

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 0);
    outer->setSpacing(6);
    outer->addWidget(m_banner);
    outer->addWidget(m_loading);
    outer->addWidget(m_content, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &RequisitesTab::updateSelection);
    connect(m_contracts, &QAbstractItemModel::modelReset, this, &RequisitesTab::updateSelection);
    connect(m_historyButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedContractId())
            emit tariffHistoryRequested(id, m_selectedContract->text());
    });
    connect(m_metersButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedContractId())
            emit metersRequested(id, m_selectedContract->text());
    });

    connect(m_coHoldersList, &QListWidget::currentRowChanged, this,
            [this](int current) { m_removeCoHolder->setEnabled(current >= 0); });
    connect(m_removeCoHolder, &QPushButton::clicked, this, &RequisitesTab::confirmRemoval);

    retranslate();
    setRequisites(std::nullopt);
}

void RequisitesTab::setCoHolders(const QList<CoHolder>& coHolders) {
    m_coHolders = coHolders;
    m_coHoldersList->clear();
    for (const CoHolder& c : coHolders) {
        m_coHoldersList->addItem(tr("%1, %2 — %3, linked on %4")
                                     .arg(c.name, c.email, LinkAccountController::relationText(c.relation),
                                          c.linkedAt.toLocalTime().date().toString(u"dd.MM.yyyy"_s)));
    }
    for (QWidget* w : {static_cast<QWidget*>(m_coHoldersTitle), static_cast<QWidget*>(m_coHoldersList),
                       static_cast<QWidget*>(m_removeCoHolder)})
        w->setVisible(!coHolders.isEmpty());
    m_removeCoHolder->setEnabled(false);
}

void RequisitesTab::confirmRemoval() {
    const int row = m_coHoldersList->currentRow();
    if (row < 0 || row >= m_coHolders.size())
        return;
    const CoHolder coHolder = m_coHolders.at(row);
    Dialogs::Question question{tr("Remove the user"),
                               tr("Remove %1 (%2) from this personal account? They will no longer see its bills, "
                                  "payments and readings.")
                                   .arg(coHolder.name, coHolder.email),
                               tr("Remove"), tr("Cancel")};
    question.acceptIsDefault = false;
    Dialogs::confirm(this, question, this, [this, linkId = coHolder.linkId](bool accepted) {
        if (accepted)
            emit removeCoHolderRequested(linkId);
    });
}

RequisitesTab::~RequisitesTab() = default;

void RequisitesTab::setRequisites(const std::optional<Requisites>& requisites) {
    const qint64 previous = selectedContractId();
    m_requisites = requisites;
    m_notLoaded = false;
    showLoadingText();
    m_loading->setVisible(!requisites);
    m_content->setVisible(requisites.has_value());
    if (!requisites) {
        m_contracts->setContracts({});
        return;
    }
    m_banner->hide();
    m_owner->setText(requisites->owner.isEmpty() ? u"—"_s : requisites->owner);
    m_address->setText(requisites->registrationAddress.isEmpty() ? u"—"_s : requisites->registrationAddress);
    m_area->setText(tr("%1/%2 m²").arg(areaText(requisites->totalArea), areaText(requisites->livingArea)));
    m_residents->setText(QString::number(requisites->residents));
    m_contracts->setContracts(requisites->contracts);
    // A background refresh keeps the user's place: the same contract stays selected and open.
    for (int row = 0; row < m_contracts->rowCount(); ++row) {
        const QModelIndex index = m_contracts->index(row, 0);
        if (index.data(ContractsModel::ContractIdRole).toLongLong() == previous) {
            m_tree->setCurrentIndex(index);
            m_tree->expand(index);
        }
    }
    updateSelection();
}

void RequisitesTab::showNotLoaded() {
    m_notLoaded = !m_requisites;
    showLoadingText();
}

void RequisitesTab::showLoadingText() {
    m_loading->setText(m_notLoaded ? tr("The account's requisites have not been loaded yet.")
                                   : tr("Loading the account's requisites…"));
}

void RequisitesTab::showError(const QString& message) {
    m_banner->showMessage(MessageBanner::Type::Error, message);
    if (!m_requisites)
        m_loading->hide();
}

qint64 RequisitesTab::selectedContractId() const {
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(ContractsModel::ContractIdRole).toLongLong() : 0;
}

void RequisitesTab::updateSelection() {
    const QModelIndex index = m_tree->currentIndex();
    const bool selected = index.isValid();
    m_historyButton->setEnabled(selected);
    m_metersButton->setEnabled(selected);
    if (!selected) {
        m_selectedContract->setText(tr("Select a contract to see its tariff history and meters."));
        return;
    }
    const QModelIndex contract = index.parent().isValid() ? index.parent() : index;
    m_selectedContract->setText(contract.siblingAtColumn(ContractsModel::NameColumn).data().toString());
}

void RequisitesTab::retranslate() {
    m_generalTitle->setText(tr("General information"));
    m_ownerLabel->setText(tr("Owner's full name:"));
    m_addressLabel->setText(tr("Registration address:"));
    m_areaLabel->setText(tr("Total/living area:"));
    m_residentsLabel->setText(tr("Registered residents:"));
    m_contractsTitle->setText(tr("Contracts"));
    showLoadingText();
    m_historyButton->setText(tr("Tariff history"));
    m_metersButton->setText(tr("Meter list"));
    m_tree->setAccessibleName(tr("Contracts"));
    m_coHoldersTitle->setText(tr("Other users of this account"));
    m_coHoldersList->setAccessibleName(tr("Other users of this account"));
    m_removeCoHolder->setText(tr("Remove the user"));
    if (!m_coHolders.isEmpty())
        setCoHolders(m_coHolders);
    if (m_requisites)
        setRequisites(m_requisites);
    else
        updateSelection();
}

void RequisitesTab::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lkk
