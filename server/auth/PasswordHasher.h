#pragma once

#include <QString>

namespace lkk::server {

// Argon2id through libsodium's crypto_pwhash_str (INTERACTIVE limits: ~150 ms and 64 MiB).
// The cost is in the stored string, so hashes made with other limits still verify.
class PasswordHasher {
public:
    enum class Strength {
        Interactive, // production
        TestMinimum, // libsodium's minimum limits; only with --environment test
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    QString hash(const QString& password) const; // empty on failure (out of memory)
    bool verify(const QString& storedHash, const QString& password) const;
    // Runs one verification against a fixed hash of the same cost so an unknown e-mail takes as
    // long as a wrong password. Always false.
    bool verifyDummy(const QString& password) const;
    Strength strength() const { return m_strength; }

private:
    Strength m_strength;
    QString m_dummyHash;
};

} // namespace lkk::server
