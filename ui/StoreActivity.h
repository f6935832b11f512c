#pragma once

#include "app/accounts/AccountsStore.h"

class QLabel;
class QProgressBar;

namespace lkk {

// Follows one AccountsStore topic for one account on behalf of a dialog: `busy` is visible while it
// loads, and a failure shows its message in `status` (styled as an error). The connections live as
// long as `status`.
void followStoreActivity(AccountsStore* store, AccountsStore::Topic topic, qint64 accountId, QProgressBar* busy,
                         QLabel* status);

} // namespace lkk
