#include "app/session/Session.h"

#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {
// After a refresh failed for network reasons, try again this much later (the session stays).
constexpr std::chrono::seconds retryAfterNetworkFailure{30};
} // namespace

struct Session::Private {
    ApiClient* api = nullptr;
    Clock* clock = nullptr;
    bool signedIn = false;
    AuthTokens tokens;
    Profile user;
    bool refreshing = false;
    // Incremented whenever the tokens are replaced or dropped, so a late refresh answer that
    // belongs to an earlier session is ignored.
    quint64 generation = 0;
    struct Waiter {
        QPointer<QObject> context;
        std::function<void(const std::optional<ApiError>&)> resume;
    };
    QList<Waiter> waiters;
    ClockTimer* proactive = nullptr;
    std::chrono::seconds margin{60};
    // A caller's cabinet: the signed-in session that holds the tokens, and the requests' prefix.
    Session* holder = nullptr;
    QString pathPrefix;
};

Session::Session(ApiClient* api, QObject* parent)
    : Session(api, Clock::system(), parent) {}

Session::Session(ApiClient* api, Clock& clock, QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->api = api;
    d->clock = &clock;
    d->proactive = clock.createTimer(this);
    connect(d->proactive, &ClockTimer::timeout, this, [this] {
        if (d->signedIn && !d->refreshing && !d->tokens.refreshToken.isEmpty()) {
            qCInfo(lcSession) << "refreshing the access token before it expires";
            refresh();
        }
    });
}

Session::Session(Session* signedIn, const QString& pathPrefix, QObject* parent)
    : Session(signedIn->api(), signedIn->clock(), parent) {
    d->holder = signedIn;
    d->pathPrefix = pathPrefix;
    // The cabinet ends with the operator's session: the views forget what they showed.
    connect(signedIn, &Session::signedOut, this, &Session::signedOut);
    connect(signedIn, &Session::expired, this, &Session::expired);
}

Session::~Session() {
    delete d;
}

ApiClient* Session::api() const {
    return d->api;
}

Clock& Session::clock() const {
    return *d->clock;
}

bool Session::isSignedIn() const {
    return d->holder ? d->holder->isSignedIn() : d->signedIn;
}

const Profile& Session::user() const {
    return d->holder ? d->holder->user() : d->user;
}

const AuthTokens& Session::tokens() const {
    return d->holder ? d->holder->tokens() : d->tokens;
}

QString Session::pathPrefix() const {
    return d->pathPrefix;
}

void Session::setRefreshMargin(std::chrono::seconds margin) {
    d->margin = margin;
    scheduleProactiveRefresh();
}

void Session::start(const LoginResult& login) {
    ++d->generation;
    d->signedIn = true;
    d->refreshing = false;
    d->tokens = login.tokens;
    d->user = login.user;
    qCInfo(lcSession) << "signed in, user id" << d->user.id << "access token for" << d->tokens.accessExpiresIn
                      << "s, refresh token" << (d->tokens.refreshToken.isEmpty() ? "none" : "present");
    scheduleProactiveRefresh();
    emit userChanged(d->user);
}

void Session::signOut() {
    if (!d->signedIn)
        return;
    const QString accessToken = d->tokens.accessToken;
    clear();
    qCInfo(lcSession) << "signed out";
    emit signedOut();
    // Best effort: the local state is gone whatever the server says.
    d->api->call(LogoutOperation{}, accessToken, this, [this](Result<NoContent> result) {
        if (!result)
            qCWarning(lcSession) << "logout was not confirmed by the server:" << result.error().message;
        emit revokeFinished(result.ok());
    });
}

void Session::updateUser(const Profile& user) {
    d->user = user;
    emit userChanged(d->user);
}

void Session::fetchProfile(QObject* context, std::function<void(Result<Profile>)> done) {
    QPointer<QObject> guard(context);
    authorized(GetProfileOperation{}, this, [this, guard, done](Result<Profile> result) {
        if (result) {
            d->user = result.value();
            emit userChanged(d->user);
        }
        if (done && guard)
            done(std::move(result));
    });
}

void Session::runAuthorized(QObject* context, Attempt attempt, Fail fail) {
    if (d->holder) {
        d->holder->runAuthorized(context, std::move(attempt), std::move(fail));
        return;
    }
    QPointer<QObject> ctx(context);
    if (!d->signedIn) {
        QTimer::singleShot(0, context, [fail] {
            ApiError e;
            e.kind = ApiError::Kind::Http;
            e.httpStatus = 401;
            e.code = QLatin1String(errc::unauthorized);
            e.message = tr("You are not signed in.");
            fail(e);
        });
        return;
    }
    if (d->refreshing) {
        d->waiters.append({ctx, [this, attempt, fail](const std::optional<ApiError>& error) {
                               if (error)
                                   fail(*error);
                               else
                                   attempt(d->tokens.accessToken, {});
                           }});
        return;
    }

    const QString usedToken = d->tokens.accessToken;
    QPointer<Session> self(this);
    auto onUnauthorized = [self, ctx, usedToken, attempt, fail](const ApiError& error) {
        if (!self || !ctx)
            return;
        Private* p = self->d;
        if (!p->signedIn) {
            fail(error);
            return;
        }
        // Another request refreshed meanwhile: just retry with the new token.
        if (p->tokens.accessToken != usedToken && !p->refreshing) {
            attempt(p->tokens.accessToken, {});
            return;
        }
        p->waiters.append({ctx, [self, attempt, fail](const std::optional<ApiError>& e) {
                               if (e)
                                   fail(*e);
                               else if (self)
                                   attempt(self->d->tokens.accessToken, {});
                           }});
        if (!p->refreshing)
            self->refresh();
    };
    attempt(usedToken, onUnauthorized);
}

void Session::refresh() {
    if (d->tokens.refreshToken.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = 401;
        e.code = QLatin1String(errc::tokenExpired);
        e.message = tr("Your session has expired. Please sign in again.");
        finishRefresh(e);
        return;
    }
    d->refreshing = true;
    d->proactive->stop();
    const quint64 generation = d->generation;
    qCInfo(lcSession) << "refreshing the session";
    d->api->call(RefreshOperation{d->tokens.refreshToken}, {}, this, [this, generation](Result<LoginResult> result) {
        if (generation != d->generation)
            return; // signed out or restarted meanwhile
        if (!result) {
            finishRefresh(result.error());
            return;
        }
        LoginResult login = std::move(result).value();
        d->tokens = login.tokens;
        if (d->tokens.refreshToken.isEmpty()) {
            // A refresh answer always carries the rotated token; keep going without one if not.
            qCWarning(lcSession) << "the refresh answer has no new refresh token";
        }
        const bool userChangedNow = login.user.id != d->user.id || login.user.email != d->user.email ||
                                    login.user.displayName() != d->user.displayName();
        d->user = login.user;
        qCInfo(lcSession) << "session refreshed, access token for" << d->tokens.accessExpiresIn << "s";
        if (!d->tokens.refreshToken.isEmpty())
            emit refreshTokenRotated(d->tokens.refreshToken);
        if (userChangedNow)
            emit userChanged(d->user);
        scheduleProactiveRefresh();
        finishRefresh(std::nullopt);
    });
}

void Session::finishRefresh(const std::optional<ApiError>& error) {
    d->refreshing = false;
    const QList<Private::Waiter> waiters = std::exchange(d->waiters, {});
    std::optional<ApiError> reason = error;
    if (error) {
        const bool transient = error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout ||
                               (error->kind == ApiError::Kind::Http && error->httpStatus >= 500);
        if (transient) {
            // The session may still be good: keep it, fail the waiting requests, try again later.
            qCWarning(lcSession) << "refresh failed, will retry:" << error->message;
            if (!d->tokens.refreshToken.isEmpty())
                d->proactive->start(retryAfterNetworkFailure);
        } else {
            qCInfo(lcSession) << "session expired:" << error->code;
            if (error->kind == ApiError::Kind::Http)
                reason->message = tr("Your session has expired. Please sign in again.");
            clear();
            emit expired(*reason);
        }
    }
    for (const Private::Waiter& w : waiters) {
        if (w.context)
            w.resume(reason);
    }
}

void Session::clear() {
    ++d->generation;
    d->signedIn = false;
    d->refreshing = false;
    d->tokens = {};
    d->user = {};
    d->proactive->stop();
    const QList<Private::Waiter> waiters = std::exchange(d->waiters, {});
    if (!waiters.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Canceled;
        e.message = tr("You have signed out.");
        for (const Private::Waiter& w : waiters) {
            if (w.context)
                w.resume(e);
        }
    }
}

void Session::scheduleProactiveRefresh() {
    d->proactive->stop();
    if (!d->signedIn || d->tokens.refreshToken.isEmpty() || d->tokens.accessExpiresIn <= 0)
        return;
    using namespace std::chrono;
    const milliseconds lifetime = seconds(d->tokens.accessExpiresIn);
    const milliseconds margin = std::min<milliseconds>(d->margin, lifetime / 5);
    d->proactive->start(std::max<milliseconds>(lifetime - margin, milliseconds(500)));
}

} // namespace lkk
