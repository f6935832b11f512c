#include "app/registration/ServerSelection.h"

#include "app/api/ApiClient.h"
#include "app/settings/AppSettings.h"

namespace lkk {

std::optional<ApiError> applyConfiguredServer(ApiClient* api, const AppSettings* settings) {
    if (!settings)
        return std::nullopt; // tests that set the endpoint themselves
    return api->setServer(settings->string(AppSettings::Key::ServerUrl),
                          settings->string(AppSettings::Key::ExtraCaFile));
}

} // namespace lkk
