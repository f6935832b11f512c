#pragma once

#include <QString>

namespace lkk::server {
class Database;
class PasswordHasher;
} // namespace lkk::server

namespace lkk::server::accounts {

// Demo data of the accounts module: --demo links the demo customer to three demo accounts
// (idempotent); --demo --environment test also seeds a second customer with no accounts, so the
// HTTP tests can prove that one customer never reaches another's accounts.
class AccountsDemo {
public:
    static constexpr char secondCustomerEmail[] = "second@lkk.example";
    static constexpr char secondCustomerPassword[] = "Second1234";

    static bool linkDemoAccounts(Database& database, QString* error);
    static bool seedTestCustomer(Database& database, const PasswordHasher& hasher, QString* error);
};

} // namespace lkk::server::accounts
