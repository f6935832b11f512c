#include "app/session/LoginController.h"

#include "app/api/ApiOperations.h"
#include "app/core/Logging.h"
#include "app/session/CredentialStore.h"
#include "app/session/Session.h"
#include "app/settings/AppSettings.h"
#include "shared/ErrorCodes.h"
#include "shared/InputRules.h"

#include <QPointer>
#include <QRegularExpression>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace lkk {

struct LoginController::Private {
    LoginController* q = nullptr;
    Session* session = nullptr;
    CredentialStore* credentials = nullptr;
    AppSettings* settings = nullptr;
    bool busy = false;
    bool keychainAvailable = true; // until a probe or a keychain job says otherwise
    QString keychainProblem;
    bool captchaRequired = false;
    QString captchaId;
    // The keychain entry that holds the current session's refresh token ("" = not remembered).
    QString rememberKey;
    // The signed-in user's e-mail as last seen ("" = not known yet): a change moves the entry.
    QString signedInEmail;
    // Context of the running operation: deleting it (cancel) drops its callbacks.
    QPointer<QObject> attempt;
    // An operator's sign-in between the password and the code.
    std::optional<SecondFactorChallenge> secondFactor;
    QString secondFactorEmail;
    bool secondFactorRemember = false;
    // Signed in with the code that enrolled: signedIn() waits until the recovery codes are kept.
    std::optional<Profile> heldUser;

    QObject* newAttempt() {
        delete attempt.data();
        attempt = new QObject(q);
        return attempt;
    }
    void setBusy(bool on) {
        if (busy == on)
            return;
        busy = on;
        emit q->busyChanged(on);
    }
    void setKeychainUnavailable(const QString& problem) {
        keychainAvailable = false;
        keychainProblem = problem;
        emit q->keychainStatusChanged(false, problem);
    }
    bool applyServer() {
        const auto error = session->api()->setServer(settings->string(AppSettings::Key::ServerUrl),
                                                     settings->string(AppSettings::Key::ExtraCaFile));
        if (error) {
            emit q->failed(Field::Server, error->message);
            return false;
        }
        return true;
    }
    QString serverUrl() const { return session->api()->endpoint().root().toString(); }
    // The remembered entry is of no use any more: drop it from the keychain and the settings.
    void forgetRemembered(const QString& key) {
        if (!key.isEmpty())
            credentials->remove(key, q, {});
        if (settings->string(AppSettings::Key::RememberedUser) == key || key.isEmpty())
            settings->remove(AppSettings::Key::RememberedUser);
        if (rememberKey == key)
            rememberKey.clear();
    }
    Field fieldOf(const QString& name) const {
        if (name == "email"_L1)
            return Field::Email;
        if (name == "password"_L1)
            return Field::Password;
        if (name == "captchaAnswer"_L1 || name == "captchaId"_L1)
            return Field::Captcha;
        return Field::None;
    }

    void followEmailChange(const QString& newEmail);
    void loadCaptcha(QObject* context);
    void loginFinished(const QString& email, bool remember, Result<LoginResult> result);
    void secondFactorFinished(Result<LoginResult> result);
    void startSession(const QString& email, bool remember, const LoginResult& login);
    void finishSignIn(const LoginResult& login);
};

namespace {

// How long a 429 asks to wait, in words: seconds under a minute, whole minutes (rounded up) above.
QString waitText(int seconds) {
    if (seconds < 60)
        return LoginController::tr("%n second(s)", nullptr, std::max(seconds, 1));
    return LoginController::tr("%n minute(s)", nullptr, (seconds + 59) / 60);
}

// What the person reads under the code field when the server refused it.
QString secondFactorProblem(const ApiError& e) {
    if (e.is(errc::tooManyAttempts) || (e.kind == ApiError::Kind::Http && e.httpStatus == 429)) {
        if (!e.retryAfterSeconds)
            return e.message;
        return LoginController::tr("Too many wrong codes. Try again in %1.").arg(waitText(*e.retryAfterSeconds));
    }
    if (e.is(errc::secondFactorInvalid) && e.attemptsLeft)
        return e.message + u' ' + LoginController::tr("%n attempt(s) left.", nullptr, *e.attemptsLeft);
    return e.message;
}

} // namespace

LoginController::LoginController(Session* session, CredentialStore* credentials, AppSettings* settings, QObject* parent)
    : QObject(parent)
    , d(new Private) {
    d->q = this;
    d->session = session;
    d->credentials = credentials;
    d->settings = settings;

    connect(session, &Session::refreshTokenRotated, this, [this](const QString& token) {
        if (d->rememberKey.isEmpty())
            return;
        // The old token stops working now: the keychain copy must follow.
        d->credentials->write(d->rememberKey, token, this, [this](const CredentialStore::Outcome& o) {
            if (!o.ok)
                d->setKeychainUnavailable(o.errorText);
        });
    });
    connect(session, &Session::signedOut, this, [this] {
        d->forgetRemembered(d->rememberKey);
        d->signedInEmail.clear();
        d->heldUser.reset();
    });
    connect(session, &Session::expired, this, [this] {
        d->forgetRemembered(d->rememberKey);
        d->signedInEmail.clear();
        d->heldUser.reset();
    });
    connect(session, &Session::userChanged, this,
            [this](const Profile& user) { d->followEmailChange(rules::normalizedEmail(user.email)); });
}

// A confirmed e-mail change (the profile) renames the login: the remembered sign-in and the login
// window's last e-mail follow it, so the next start restores the session under the new address.
void LoginController::Private::followEmailChange(const QString& newEmail) {
    const QString oldEmail = signedInEmail;
    signedInEmail = newEmail;
    if (oldEmail.isEmpty() || newEmail.isEmpty() || oldEmail == newEmail)
        return;
    qCInfo(lcSession) << "the login e-mail changed; moving the remembered sign-in";
    if (settings->string(AppSettings::Key::LastEmail) == oldEmail)
        settings->setValue(AppSettings::Key::LastEmail, newEmail);
    const QString oldKey = rememberKey;
    const QString token = session->tokens().refreshToken;
    if (oldKey.isEmpty() || token.isEmpty()) {
        settings->sync();
        return;
    }
    const QString newKey = CredentialStore::keyFor(newEmail, serverUrl());
    rememberKey = newKey; // a token rotated meanwhile goes to the new entry
    credentials->write(newKey, token, q, [this, oldKey, newKey](const CredentialStore::Outcome& o) {
        if (rememberKey != newKey)
            return; // signed out (or moved again) meanwhile
        if (!o.ok) {
            // The old entry still restores this session (its key is only a label): keep it.
            rememberKey = oldKey;
            setKeychainUnavailable(o.errorText);
            return;
        }
        credentials->remove(oldKey, q, {});
        settings->setValue(AppSettings::Key::RememberedUser, newKey);
        settings->sync();
    });
}

void LoginController::forgetRememberedFor(const QString& email) {
    const QString key = CredentialStore::keyFor(email, d->settings->string(AppSettings::Key::ServerUrl));
    if (d->settings->string(AppSettings::Key::RememberedUser) == key)
        d->forgetRemembered(key);
    else
        d->credentials->remove(key, this, {}); // an entry the settings lost track of
}

LoginController::~LoginController() {
    delete d;
}

bool LoginController::isBusy() const {
    return d->busy;
}

bool LoginController::keychainAvailable() const {
    return d->keychainAvailable;
}

QString LoginController::keychainProblem() const {
    return d->keychainProblem;
}

bool LoginController::captchaRequired() const {
    return d->captchaRequired;
}

bool LoginController::secondFactorPending() const {
    return d->secondFactor.has_value();
}

LoginController::Field LoginController::validate(const QString& email, const QString& password,
                                                 QString* message) const {
    QString text;
    Field field = Field::None;
    if (const auto v = rules::checkEmail(email)) {
        field = Field::Email;
        switch (*v) {
        case rules::Violation::Required:
            text = tr("Enter your e-mail");
            break;
        case rules::Violation::TooLong:
            text = tr("The e-mail is too long");
            break;
        default:
            text = tr("Invalid e-mail format");
            break;
        }
    } else if (const auto p = rules::checkLoginPassword(password)) {
        field = Field::Password;
        text = *p == rules::Violation::Required ? tr("Enter your password") : tr("The password is too long");
    }
    if (message)
        *message = text;
    return field;
}

void LoginController::probeKeychain() {
    d->credentials->probe(this, [this](bool available, const QString& reason) {
        d->keychainAvailable = available;
        d->keychainProblem = reason;
        emit keychainStatusChanged(available, reason);
    });
}

void LoginController::signIn(const QString& email, const QString& password, bool remember,
                             const QString& captchaAnswer) {
    if (d->busy)
        return;
    QString message;
    if (const Field field = validate(email, password, &message); field != Field::None) {
        emit failed(field, message);
        return;
    }
    if (d->captchaRequired && captchaAnswer.trimmed().isEmpty()) {
        emit failed(Field::Captcha, tr("Enter the digits from the picture"));
        return;
    }
    if (!d->applyServer())
        return;

    LoginRequest request;
    request.email = rules::normalizedEmail(email);
    request.password = password;
    request.remember = remember;
    if (d->captchaRequired && !d->captchaId.isEmpty()) {
        request.captchaId = d->captchaId;
        request.captchaAnswer = captchaAnswer.trimmed();
    }
    d->setBusy(true);
    const QString normalized = request.email;
    d->session->api()->call(LoginOperation{request}, {}, d->newAttempt(),
                            [this, normalized, remember](Result<LoginResult> result) {
                                d->loginFinished(normalized, remember, std::move(result));
                            });
}

void LoginController::Private::loginFinished(const QString& email, bool remember, Result<LoginResult> result) {
    if (!result) {
        const ApiError& e = result.error();
        setBusy(false);
        if (e.is(errc::captchaRequired) || e.is(errc::captchaInvalid)) {
            captchaRequired = true;
            emit q->failed(Field::Captcha, e.message);
            loadCaptcha(newAttempt());
        } else if (e.kind == ApiError::Kind::Http && (e.is(errc::validationFailed) || e.is(errc::wrongType))) {
            emit q->failed(fieldOf(e.field), e.message);
        } else if (e.is(errc::emailNotConfirmed)) {
            emit q->failed(Field::None, e.message);
            emit q->emailNotConfirmed(email);
        } else if (e.kind == ApiError::Kind::Tls || e.kind == ApiError::Kind::Network ||
                   e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::InsecureUrl) {
            emit q->failed(Field::Server, e.message);
        } else {
            emit q->failed(Field::None, e.message);
        }
        return;
    }

    captchaRequired = false;
    captchaId.clear();
    const LoginResult login = std::move(result).value();
    if (login.secondFactor) {
        secondFactor = login.secondFactor;
        secondFactorEmail = email;
        secondFactorRemember = remember;
        setBusy(false);
        qCInfo(lcSession) << (login.secondFactor->enrolling()
                                  ? "the password was right; the second factor is enrolled now"
                                  : "the password was right; a second factor is due");
        emit q->secondFactorRequired(*login.secondFactor);
        return;
    }
    startSession(email, remember, login);
}

void LoginController::Private::secondFactorFinished(Result<LoginResult> result) {
    if (!result) {
        const ApiError& e = result.error();
        setBusy(false);
        if (e.is(errc::signInExpired)) {
            secondFactor.reset();
            emit q->failed(Field::None, e.message);
            emit q->secondFactorExpired();
            return;
        }
        emit q->failed(Field::SecondFactor, secondFactorProblem(e));
        return;
    }
    secondFactor.reset();
    startSession(secondFactorEmail, secondFactorRemember, result.value());
}

void LoginController::Private::startSession(const QString& email, bool remember, const LoginResult& login) {
    signedInEmail = email; // before start(): its userChanged is no e-mail change
    session->start(login);

    const QString key = CredentialStore::keyFor(email, serverUrl());
    if (!remember || login.tokens.refreshToken.isEmpty()) {
        // A sign-in without «Запомнить» also ends an earlier remembered one on this computer.
        const QString previous = settings->string(AppSettings::Key::RememberedUser);
        if (!previous.isEmpty())
            forgetRemembered(previous);
        settings->setValue(AppSettings::Key::RememberMe, false);
        finishSignIn(login);
        return;
    }
    if (!keychainAvailable) {
        settings->setValue(AppSettings::Key::RememberMe, false);
        emit q->keychainStatusChanged(false, keychainProblem);
        emit q->rememberFinished(false);
        finishSignIn(login);
        return;
    }
    // The keychain may take its time (an unlock prompt): signing in does not wait for it.
    rememberKey = key;
    credentials->write(key, login.tokens.refreshToken, q, [this, key, email](const CredentialStore::Outcome& o) {
        if (rememberKey != key) {
            // Signed out (and the entry removed) meanwhile: do not point the settings at it.
            emit q->rememberFinished(false);
            return;
        }
        if (o.ok) {
            const QString previous = settings->string(AppSettings::Key::RememberedUser);
            if (!previous.isEmpty() && previous != key)
                credentials->remove(previous, q, {});
            settings->setValue(AppSettings::Key::RememberedUser, key);
            settings->setValue(AppSettings::Key::LastEmail, email);
            settings->setValue(AppSettings::Key::RememberMe, true);
            settings->sync();
        } else {
            // Untick «Запомнить»: the next sign-in must not pretend it will be remembered.
            rememberKey.clear();
            settings->setValue(AppSettings::Key::RememberMe, false);
            setKeychainUnavailable(o.errorText);
        }
        emit q->rememberFinished(o.ok);
    });
    finishSignIn(login);
}

void LoginController::Private::finishSignIn(const LoginResult& login) {
    setBusy(false);
    if (!login.recoveryCodes.isEmpty()) {
        qCInfo(lcSession) << "second factor enrolled for user" << login.user.id << "- the recovery codes are shown";
        heldUser = login.user;
        emit q->recoveryCodesIssued(login.recoveryCodes);
        return;
    }
    qCInfo(lcSession) << "signed in as user" << login.user.id;
    emit q->signedIn(login.user);
}

void LoginController::Private::loadCaptcha(QObject* context) {
    session->api()->call(RequestCaptchaOperation{}, {}, context, [this](Result<CaptchaChallenge> result) {
        if (!result) {
            emit q->failed(Field::Captcha, result.error().message);
            return;
        }
        captchaId = result.value().id;
        QImage image;
        if (!image.loadFromData(result.value().png, "PNG")) {
            emit q->failed(Field::Captcha,
                           LoginController::tr("The captcha picture could not be shown. Load another one."));
            return;
        }
        emit q->captchaShown(image);
    });
}

void LoginController::reloadCaptcha() {
    if (!d->applyServer())
        return;
    d->loadCaptcha(this);
}

void LoginController::restoreRemembered() {
    const QString key = d->settings->string(AppSettings::Key::RememberedUser);
    if (key.isEmpty() || d->busy) {
        emit restoreFinished(false);
        return;
    }
    if (!d->applyServer()) {
        emit restoreFinished(false);
        return;
    }
    // Only the entry made for the configured server: a token is worthless elsewhere.
    if (!key.endsWith(u'@' + d->session->api()->endpoint().hostAndPort())) {
        qCInfo(lcSession) << "the remembered sign-in belongs to another server";
        emit restoreFinished(false);
        return;
    }

    d->setBusy(true);
    QObject* context = d->newAttempt();
    d->credentials->read(key, context, [this, key, context](const CredentialStore::Outcome& o) {
        if (!o.ok) {
            if (o.notFound)
                d->settings->remove(AppSettings::Key::RememberedUser);
            else
                d->setKeychainUnavailable(o.errorText);
            d->setBusy(false);
            emit restoreFinished(false);
            return;
        }
        d->session->api()->call(
            RefreshOperation{o.secret}, {}, context, [this, key, context](Result<LoginResult> result) {
                if (!result) {
                    const ApiError& e = result.error();
                    if (e.kind == ApiError::Kind::Http && e.httpStatus >= 400 && e.httpStatus < 500) {
                        // invalid_refresh_token: expired, revoked or rotated elsewhere.
                        d->forgetRemembered(key);
                        emit failed(Field::None, tr("Your saved sign-in has expired. Please sign in again."));
                    } else {
                        emit failed(e.kind == ApiError::Kind::Http ? Field::None : Field::Server, e.message);
                    }
                    d->setBusy(false);
                    emit restoreFinished(false);
                    return;
                }
                const LoginResult login = std::move(result).value();
                d->rememberKey = key;
                d->signedInEmail.clear(); // learnt from the profile that follows
                d->session->start(login);
                // The refresh rotated the token: the old keychain copy no longer works.
                d->credentials->write(key, login.tokens.refreshToken, this, [this](const CredentialStore::Outcome& w) {
                    if (!w.ok)
                        d->setKeychainUnavailable(w.errorText);
                });
                d->session->fetchProfile(context, [this](Result<Profile> profile) {
                    d->setBusy(false);
                    if (!d->session->isSignedIn()) {
                        emit failed(Field::None, profile.error().message);
                        emit restoreFinished(false);
                        return;
                    }
                    if (!profile)
                        qCWarning(lcSession) << "profile after restore:" << profile.error().message;
                    emit signedIn(d->session->user());
                    emit restoreFinished(true);
                });
            });
    });
}

void LoginController::cancel() {
    delete d->attempt.data();
    d->setBusy(false);
}

void LoginController::submitSecondFactor(const QString& code, bool recoveryCode) {
    if (d->busy || !d->secondFactor)
        return;
    CompleteSignInOperation operation;
    operation.challenge = d->secondFactor->challenge;
    if (recoveryCode) {
        operation.recoveryCode = code.trimmed();
        if (operation.recoveryCode.isEmpty()) {
            emit failed(Field::SecondFactor, tr("Enter one of your recovery codes"));
            return;
        }
    } else {
        operation.code = QString(code).remove(u' ');
        static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
        if (operation.code.isEmpty()) {
            emit failed(Field::SecondFactor, tr("Enter the 6-digit code from the authenticator app"));
            return;
        }
        if (!sixDigits.match(operation.code).hasMatch()) {
            emit failed(Field::SecondFactor, tr("The code is 6 digits"));
            return;
        }
    }
    d->setBusy(true);
    d->session->api()->call(operation, {}, d->newAttempt(),
                            [this](Result<LoginResult> result) { d->secondFactorFinished(std::move(result)); });
}

void LoginController::abandonSecondFactor() {
    delete d->attempt.data();
    d->secondFactor.reset();
    d->setBusy(false);
}

void LoginController::acknowledgeRecoveryCodes() {
    if (!d->heldUser)
        return;
    const Profile user = *std::exchange(d->heldUser, std::nullopt);
    qCInfo(lcSession) << "signed in as user" << user.id;
    emit signedIn(user);
}

} // namespace lkk
