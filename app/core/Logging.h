#pragma once

#include <QLoggingCategory>

// One logging category per client-core module. Never log a password or a token through them.
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // "lkk.api"
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // "lkk.session"
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // "lkk.keychain"
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // "lkk.settings"
Q_DECLARE_LOGGING_CATEGORY(lcDemo)     // "lkk.demo"
Q_DECLARE_LOGGING_CATEGORY(lcAccounts) // "lkk.accounts"
