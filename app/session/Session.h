#pragma once

#include "app/api/ApiClient.h"
#include "app/api/Dtos.h"
#include "app/api/Result.h"
#include "app/core/Clock.h"
#include "shared/ErrorCodes.h"

#include <QObject>
#include <functional>

namespace lkk {

// The signed-in user's session: holds the tokens, refreshes the access token before or when it
// expires (once, shared by all requests waiting for it) and retries the request; when the refresh
// fails it forgets everything and emits expired() so the UI can return to the login window.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(ApiClient* api, QObject* parent = nullptr); // on Clock::system()
    Session(ApiClient* api, Clock& clock, QObject* parent = nullptr);
    // A caller's cabinet as an operator reads it: `signedIn`'s session (its tokens, refresh and
    // sign-out) with every request sent below `pathPrefix`, e.g. "/operator/customers/7"
    // (docs/operator-workspace.md). The views that take a Session then show that customer's data.
    Session(Session* signedIn, const QString& pathPrefix, QObject* parent = nullptr);
    ~Session() override;

    ApiClient* api() const;
    // The clock of the tokens' lifetimes, and of everything that follows the session in time
    // (payment order polls, the readings outbox's retries).
    Clock& clock() const;
    bool isSignedIn() const;
    const Profile& user() const;
    const AuthTokens& tokens() const;

    void start(const LoginResult& login); // after a successful login or refresh-at-start
    void signOut();                       // revokes on the server (best effort) and clears locally
    QString pathPrefix() const;           // empty but for a caller's cabinet

    // Runs `op` with the access token. On 401 (token_expired, or unauthorized for a token the
    // server forgot) it refreshes once — concurrent callers share that refresh — and retries.
    template <typename Op>
    void authorized(const Op& op, QObject* context, std::function<void(Result<typename Op::Value>)> done);

    // GET /profile through authorized(); updates user() and emits userChanged() on success.
    void fetchProfile(QObject* context, std::function<void(Result<Profile>)> done = {});
    // A profile the server sent back after an edit (PATCH /profile…): becomes user(), userChanged().
    void updateUser(const Profile& user);

    // Refresh this long before the access token expires (at most a fifth of its lifetime).
    void setRefreshMargin(std::chrono::seconds margin);

signals:
    void signedOut();
    void expired(const lkk::ApiError& reason); // refresh failed: back to the login window
    void userChanged(const lkk::Profile& user);
    void refreshTokenRotated(const QString& newRefreshToken); // for the keychain copy
    void revokeFinished(bool revoked); // after signOut(): whether the server confirmed the logout

private:
    using Attempt =
        std::function<void(const QString& accessToken, std::function<void(const ApiError&)> onUnauthorized)>;
    using Fail = std::function<void(const ApiError&)>;
    // Non-template core of authorized(): runs `attempt` now or after a running refresh.
    void runAuthorized(QObject* context, Attempt attempt, Fail fail);
    void refresh();
    void finishRefresh(const std::optional<ApiError>& error);
    void clear();
    void scheduleProactiveRefresh();

    struct Private;
    Private* d;
};

template <typename Op>
void Session::authorized(const Op& op, QObject* context, std::function<void(Result<typename Op::Value>)> done) {
    runAuthorized(
        context,
        [this, op, context, done](const QString& token, std::function<void(const ApiError&)> onUnauthorized) {
            api()->call(
                op, token, context,
                [done, onUnauthorized = std::move(onUnauthorized)](Result<typename Op::Value> result) {
                    if (!result && onUnauthorized && result.error().kind == ApiError::Kind::Http &&
                        result.error().httpStatus == 401)
                        onUnauthorized(result.error());
                    else
                        done(std::move(result));
                },
                pathPrefix());
        },
        [done](const ApiError& error) { done(error); });
}

} // namespace lkk
