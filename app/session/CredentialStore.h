#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace lkk {

// Keeps the refresh token of a remembered sign-in in the OS keychain (Secret Service, Keychain,
// Credential Manager) through QtKeychain. Never the password, never a file: the insecure fallback
// is off. service = the app id, key = "user@server".
class CredentialStore : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        QString secret; // for read
        bool notFound = false;
        QString errorText; // QtKeychain's exact text, for the login window
    };
    using Callback = std::function<void(const Outcome&)>;

    explicit CredentialStore(QString service, QObject* parent = nullptr);

    static QString keyFor(const QString& email, const QString& serverUrl);

    // Asynchronous; the callback runs on this object's thread, and not at all once `context` is gone.
    // Virtual so tests of the controllers can use an in-memory store; the real one is tested too.
    virtual void write(const QString& key, const QString& secret, QObject* context, Callback done);
    virtual void read(const QString& key, QObject* context, Callback done);
    virtual void remove(const QString& key, QObject* context, Callback done); // absent = ok

    // Probes the keychain once (a read of a key that does not exist): available or the exact reason.
    virtual void probe(QObject* context, std::function<void(bool available, const QString& reason)> done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace lkk
