#include "server/DemoSetup.h"

#include "server/Clock.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SecondFactor.h"
#include "server/auth/Totp.h"
#include "server/db/Database.h"
#include "server/users/UserStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace lkk::server {

using namespace Qt::StringLiterals;

namespace {

bool runOpenssl(const QStringList& args, const QString& workDir, QString* error) {
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, args);
    if (!p.waitForStarted(10000)) {
        *error = u"cannot run openssl (is it installed?): "_s + p.errorString();
        return false;
    }
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"openssl "_s + args.value(0) + u" failed: "_s + QString::fromLocal8Bit(p.readAll()).trimmed();
        return false;
    }
    return true;
}

// A demo user and what signs them in; the staff's second factor is published like the password.
struct DemoUser {
    User user;
    const char* password;
    const char* totpSecret; // null: no second factor (the customer)
};

// The operator or supervisor: a name and a role, none of a customer's personal details.
User staffUser(const char* email, const QString& surname, const QString& firstName, const QString& patronymic,
               const QString& role) {
    User user;
    user.email = QString::fromLatin1(email);
    user.surname = surname;
    user.firstName = firstName;
    user.patronymic = patronymic;
    user.role = role;
    return user;
}

} // namespace

bool DemoSetup::ensureDir(const QString& dir, QString* error) {
    // Owner only, also for a directory an older version made: it holds the database, keys and
    // mail with live links.
    if (QDir().mkpath(dir) &&
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return true;
    *error = u"cannot create directory "_s + dir;
    return false;
}

bool DemoSetup::ensureTls(const QString& tlsDir, QString* error) {
    const QDir dir(tlsDir);
    const QStringList files{u"ca.crt"_s, u"ca.key"_s, u"server.crt"_s, u"server.key"_s};
    if (std::all_of(files.cbegin(), files.cend(), [&](const QString& f) { return dir.exists(f); }))
        return true;
    if (!ensureDir(tlsDir, error))
        return false;
    // EC P-256 keys: generated in milliseconds, unlike RSA, which keeps test start-up fast.
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    QFile ext(dir.filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write "_s + ext.fileName();
        return false;
    }
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    const QString serial = QString::number(QRandomGenerator::system()->generate64() >> 2);
    const bool ok = runOpenssl(QStringList{u"req"_s, u"-x509"_s} + ec +
                                   QStringList{u"-days"_s, u"3650"_s, u"-subj"_s, u"/CN=LKK Desktop dev CA"_s,
                                               u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                                               u"keyUsage=critical,keyCertSign,cRLSign"_s, u"-keyout"_s, u"ca.key"_s,
                                               u"-out"_s, u"ca.crt"_s},
                               tlsDir, error) &&
                    runOpenssl(QStringList{u"req"_s} + ec +
                                   QStringList{u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s,
                                               u"server.csr"_s},
                               tlsDir, error) &&
                    runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
                                u"ca.key"_s, u"-set_serial"_s, serial, u"-days"_s, u"825"_s, u"-extfile"_s,
                                u"server.ext"_s, u"-out"_s, u"server.crt"_s},
                               tlsDir, error);
    QFile::remove(dir.filePath(u"server.csr"_s));
    QFile::remove(dir.filePath(u"server.ext"_s));
    if (!ok)
        return false;
    for (const QString& key : {u"ca.key"_s, u"server.key"_s})
        QFile::setPermissions(dir.filePath(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool DemoSetup::seedUsers(Database& database, const PasswordHasher& hasher, const SecretKey* secondFactorKey,
                          QString* error) {
    QSqlDatabase db = database.connection();
    User customer;
    customer.email = QString::fromLatin1(customerEmail);
    customer.surname = u"Иванова"_s;
    customer.firstName = u"Мария"_s;
    customer.patronymic = u"Петровна"_s;
    customer.phone = u"+79131234567"_s;
    customer.birthDate = QDate(1985, 4, 12);
    customer.sex = u"female"_s;
    customer.role = u"customer"_s;

    const QList<DemoUser> users{{customer, customerPassword, nullptr},
                                {staffUser(operatorEmail, u"Смирнов"_s, u"Алексей"_s, u"Викторович"_s, u"operator"_s),
                                 operatorPassword, operatorTotpSecret},
                                {staffUser(supervisorEmail, u"Орлова"_s, u"Анна"_s, u"Сергеевна"_s, u"supervisor"_s),
                                 supervisorPassword, supervisorTotpSecret}};
    for (DemoUser demo : users) {
        const auto existing = UserStore::findByEmail(db, demo.user.email);
        if (existing && *existing)
            continue;
        demo.user.passwordHash = hasher.hash(QString::fromLatin1(demo.password));
        if (!existing || demo.user.passwordHash.isEmpty() || !UserStore::insertIfMissing(db, demo.user, nowMs())) {
            *error = u"cannot seed the demo user "_s + demo.user.email;
            return false;
        }
    }
    if (!secondFactorKey)
        return true;
    for (const DemoUser& demo : users) {
        if (!demo.totpSecret)
            continue;
        const auto seeded = UserStore::findByEmail(db, demo.user.email);
        if (!seeded || !*seeded ||
            !SecondFactor(database, secondFactorKey)
                 .enrolConfirmed(db, (*seeded)->id, Totp::fromBase32(QString::fromLatin1(demo.totpSecret)), nowMs())) {
            *error = u"cannot seed the second factor of the demo user "_s + demo.user.email;
            return false;
        }
    }
    return true;
}

} // namespace lkk::server
