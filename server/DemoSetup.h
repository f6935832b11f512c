#pragma once

#include <QString>

namespace lkk::server {

class Database;
class PasswordHasher;
class SecretKey;

// What --demo prepares in the data dir: a dev CA and a loopback server certificate (openssl CLI),
// the mail drop folder, and the demo customer, operator and supervisor (idempotent).
class DemoSetup {
public:
    static constexpr char customerEmail[] = "demo@lkk.example";
    static constexpr char customerPassword[] = "Demo1234";
    static constexpr char operatorEmail[] = "operator@lkk.example";
    static constexpr char operatorPassword[] = "Operator1234";
    // The demo operator's second factor, enrolled already: published like the password (base32,
    // for an authenticator app or tests/support/TotpCode.h).
    static constexpr char operatorTotpSecret[] = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    // A supervisor: reads the operators' audit log (docs/security.md, «Operator audit trail»). Signs
    // in with a second factor like the operator, with a published secret of its own.
    static constexpr char supervisorEmail[] = "supervisor@lkk.example";
    static constexpr char supervisorPassword[] = "Supervisor1234";
    static constexpr char supervisorTotpSecret[] = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    // Creates DIR/{ca.crt,ca.key,server.crt,server.key} unless all four exist.
    static bool ensureTls(const QString& tlsDir, QString* error);
    // Creates the directory (with parents) and makes it 0700.
    static bool ensureDir(const QString& dir, QString* error);
    // secondFactorKey: seals the demo operator's and supervisor's TOTP secrets (null: they get none).
    static bool seedUsers(Database& database, const PasswordHasher& hasher, const SecretKey* secondFactorKey,
                          QString* error);
};

} // namespace lkk::server
