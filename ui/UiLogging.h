#pragma once

#include <QLoggingCategory>

// The one logging category of lkk-ui. Never log a password or a token through it.
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "lkk.ui"
