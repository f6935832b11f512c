#include "server/db/SqliteLibrary.h"

#ifdef LKK_HAVE_SQLITE3
#include <sqlite3.h>

#include <atomic>
#endif

namespace lkk::server {

#ifdef LKK_HAVE_SQLITE3
namespace {

thread_local void* openedLast = nullptr; // the connection this library opened last on this thread, still open
std::atomic<bool> driverUsesOurs{false};

void stillOpen(sqlite3_context* context, int, sqlite3_value**) {
    sqlite3_result_int(context, 1);
}

// Run as the connection closes: its handle may be some other connection's next.
void closed(void* handle) {
    if (openedLast == handle)
        openedLast = nullptr;
}

// SQLite's automatic extension, run by every open of this library: notes the handle, and a
// function of the connection whose destructor SQLite runs as the connection closes.
int noteOpened(sqlite3* db, const char**, const sqlite3_api_routines*) {
    openedLast = db;
    sqlite3_create_function_v2(db, "lkk_opened_here", 0, SQLITE_UTF8, db, stillOpen, nullptr, nullptr, closed);
    return SQLITE_OK;
}

} // namespace
#endif

SqliteLibrary::Outcome SqliteLibrary::configure() {
#ifdef LKK_HAVE_SQLITE3
    const bool applied = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    // After the settings: registering starts the library.
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(&noteOpened));
    return applied ? Outcome::Applied : Outcome::TooLate;
#else
    return Outcome::NotBuiltIn;
#endif
}

bool SqliteLibrary::isOurs(void* handle) {
#ifdef LKK_HAVE_SQLITE3
    if (handle && handle == openedLast)
        driverUsesOurs.store(true, std::memory_order_relaxed);
    return handle && driverUsesOurs.load(std::memory_order_relaxed);
#else
    (void)handle;
    return false;
#endif
}

} // namespace lkk::server
