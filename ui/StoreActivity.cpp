#include "ui/StoreActivity.h"

#include "ui/StyleRole.h"

#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace lkk {

void followStoreActivity(AccountsStore* store, AccountsStore::Topic topic, qint64 accountId, QProgressBar* busy,
                         QLabel* status) {
    QObject::connect(store, &AccountsStore::loadingChanged, status,
                     [topic, accountId, busy](AccountsStore::Topic changed, qint64 account, bool loading) {
                         if (changed == topic && account == accountId)
                             busy->setVisible(loading);
                     });
    QObject::connect(store, &AccountsStore::failed, status,
                     [topic, accountId, status](AccountsStore::Topic failed, qint64 account, const ApiError& error) {
                         if (failed != topic || account != accountId)
                             return;
                         status->setText(error.message);
                         setStyleRole(status, StyleRole::FieldError);
                         status->show();
                     });
}

} // namespace lkk
