#include "app/core/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "lkk.api")
Q_LOGGING_CATEGORY(lcSession, "lkk.session")
Q_LOGGING_CATEGORY(lcKeychain, "lkk.keychain")
Q_LOGGING_CATEGORY(lcSettings, "lkk.settings")
Q_LOGGING_CATEGORY(lcDemo, "lkk.demo")
Q_LOGGING_CATEGORY(lcAccounts, "lkk.accounts")
