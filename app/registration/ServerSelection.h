#pragma once

#include "app/api/ApiError.h"

#include <optional>

namespace lkk {

class ApiClient;
class AppSettings;

// Points `api` at the server of the settings (address and extra CA file), as the login window
// does before each sign-in: flows that start before any sign-in need the same.
std::optional<ApiError> applyConfiguredServer(ApiClient* api, const AppSettings* settings);

} // namespace lkk
