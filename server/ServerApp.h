#pragma once

#include "server/ServerConfig.h"
#include "server/ServerRoutes.h"
#include "server/http/AccessLog.h"

#include <QUrl>
#include <memory>

class QSslConfiguration;
class QThreadPool;

namespace lkk::server {

class AuthService;
class Database;
class HttpApi;
class HttpServer;
class PasswordCheck;
class PasswordHasher;
class PasswordPool;
class SecretKey;
class TestClockApi;
namespace accounts {
class AccountsApi;
}
namespace appeals {
class AppealsApi;
}
namespace faq {
class FaqApi;
}
namespace operators {
class CallerActions;
class OperatorApi;
} // namespace operators
namespace users {
class ProfileApi;
class UsersApi;
} // namespace users
namespace mail {
class Mailer;
}
namespace payments {
class BillsService;
class PaymentsApi;
} // namespace payments
namespace readings {
class ReadingsApi;
}

// Puts the server together from its configuration: demo data dir, TLS, database + migrations,
// services, routes, listening socket and the ready line; stop() takes it apart in order.
class ServerApp {
public:
    explicit ServerApp(ServerConfig config);
    ~ServerApp();

    // 0 when listening; otherwise an exit code (1 = runtime failure, 2 = bad configuration) with
    // the reason printed on stderr.
    int start();
    void stop();
    QUrl url() const { return m_url; }
    // Outgoing mail (SMTP or the mail drop, from the configuration); valid after start() returned
    // 0. Thread-safe: areas keep a reference and send from worker threads.
    mail::Mailer& mailer() { return *m_mailer; }

private:
    int fail(int code, const QString& message);
    // The certificate chain and key of tls-cert and tls-key, and the protocols and cipher suites.
    bool setUpTls(QSslConfiguration* tls, QString* error);
    bool setUpMail(QString* error);
    // The key of the operators' TOTP secrets (totp-key-file), made when missing.
    bool setUpSecondFactorKey(QString* error);
    // The features behind the routes, each with what it needs (publicUrl: for links and pages).
    void setUpFeatures(const QUrl& publicUrl);
    Features features() const;

    ServerConfig m_config;
    AccessLog m_accessLog;
    std::unique_ptr<QThreadPool> m_pool;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<PasswordPool> m_passwordPool;
    std::unique_ptr<PasswordCheck> m_passwords;
    std::unique_ptr<mail::Mailer> m_mailer;
    std::unique_ptr<SecretKey> m_secretKey;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<accounts::AccountsApi> m_accounts;
    std::unique_ptr<users::UsersApi> m_users;
    std::unique_ptr<users::ProfileApi> m_profile;
    std::unique_ptr<payments::BillsService> m_bills;
    std::unique_ptr<payments::PaymentsApi> m_payments;
    std::unique_ptr<readings::ReadingsApi> m_readings;
    std::unique_ptr<appeals::AppealsApi> m_appeals;
    std::unique_ptr<faq::FaqApi> m_faq;
    std::unique_ptr<operators::OperatorApi> m_operators;
    std::unique_ptr<operators::CallerActions> m_callerActions;
    std::unique_ptr<TestClockApi> m_testClock;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<HttpServer> m_http;
    QUrl m_url;
};

} // namespace lkk::server
