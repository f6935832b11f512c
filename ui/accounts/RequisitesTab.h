#pragma once

#include "app/api/Dtos.h"

#include <QWidget>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace lkk {

class ContractsModel;
class MessageBanner;

// «Реквизиты ЛС» (docs/manual.md §10): «Общая информация» and «Договоры», a
// tree of the contracts that expands to the tariff name and value; «История тарифов» and
// «Список счётчиков» act on the selected contract. For the account's holder, the other customers
// who linked it, each removable (docs/security.md, «Account linking»); hidden when there are none.
class RequisitesTab : public QWidget {
    Q_OBJECT
public:
    explicit RequisitesTab(QWidget* parent = nullptr);
    ~RequisitesTab() override;

    // nullopt: not loaded yet (a loading line instead of the form).
    void setRequisites(const std::optional<Requisites>& requisites);
    void showError(const QString& message);
    // The server could not be reached (the window says so): no «loading» with nothing coming.
    void showNotLoaded();
    void setCoHolders(const QList<CoHolder>& coHolders);
    ContractsModel* contractsModel() const { return m_contracts; }
    QTreeView* contractsView() const { return m_tree; }
    qint64 selectedContractId() const;

signals:
    void tariffHistoryRequested(qint64 contractId, const QString& title);
    void metersRequested(qint64 contractId, const QString& title);
    // After the person confirmed it.
    void removeCoHolderRequested(qint64 linkId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSelection();
    void confirmRemoval();
    void retranslate();
    void showLoadingText();
    bool m_notLoaded = false;

    ContractsModel* m_contracts;
    MessageBanner* m_banner;
    QLabel* m_loading;
    QWidget* m_content;
    QLabel* m_generalTitle;
    QLabel* m_ownerLabel;
    QLabel* m_addressLabel;
    QLabel* m_areaLabel;
    QLabel* m_residentsLabel;
    QLabel* m_owner;
    QLabel* m_address;
    QLabel* m_area;
    QLabel* m_residents;
    QLabel* m_contractsTitle;
    QTreeView* m_tree;
    QLabel* m_selectedContract;
    QPushButton* m_historyButton;
    QPushButton* m_metersButton;
    QLabel* m_coHoldersTitle;
    QListWidget* m_coHoldersList;
    QPushButton* m_removeCoHolder;
    QList<CoHolder> m_coHolders;
    std::optional<Requisites> m_requisites;
};

} // namespace lkk
