#include "server/db/SqliteLibrary.h"

#ifdef LKK_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace lkk::server {

SqliteLibrary::Outcome SqliteLibrary::configure() {
#ifdef LKK_HAVE_SQLITE3
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK ? Outcome::Applied : Outcome::TooLate;
#else
    return Outcome::NotBuiltIn;
#endif
}

} // namespace lkk::server
