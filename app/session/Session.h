#pragma once

#include "api/Dtos.h"
#include "api/Result.h"

#include <QObject>

namespace lkk {

class ApiClient;

// The signed-in user's session: holds the tokens, refreshes the access token before or when it
// expires (once, shared by all requests waiting for it) and retries the request; when the refresh
// fails it forgets everything and emits expired() so the UI can return to the login window.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(ApiClient* api, QObject* parent = nullptr);

    ApiClient* api() const;
    bool isSignedIn() const;
    const Profile& user() const;
    const AuthTokens& tokens() const;

    void start(const LoginResult& login); // after a successful login or refresh-at-start
    void signOut();                       // revokes on the server (best effort) and clears locally

signals:
    void signedOut();
    void expired(const lkk::ApiError& reason); // refresh failed: back to the login window
    void userChanged(const lkk::Profile& user);
    void refreshTokenRotated(const QString& newRefreshToken); // for the keychain copy

private:
    struct Private;
    Private* d;
public:
    ~Session() override;
};

} // namespace lkk
