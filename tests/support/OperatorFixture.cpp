#include "tests/support/OperatorFixture.h"

#include "tests/support/ServerProcess.h"
#include "tests/support/TotpCode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace lkk::test {

using namespace Qt::StringLiterals;

OperatorFixture::Command OperatorFixture::run(const QStringList& arguments) const {
    QProcess process;
    process.start(ServerProcess::binaryPath(), QStringList{u"operator"_s} + arguments + m_server.commandOptions());
    Command result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString OperatorFixture::nextMailTo(const QString& to) {
    QString found;
    const bool arrived = QTest::qWaitFor(
        [&] {
            const QDir drop(m_server.process().mailDrop());
            for (const QString& name : drop.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
                QFile f(drop.filePath(name));
                if (m_read.contains(name) || !f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray raw = f.readAll();
                const qsizetype body = raw.indexOf("\r\n\r\n");
                if (!raw.left(body).contains(QByteArray("\r\nTo: " + to.toUtf8() + "\r\n")))
                    continue;
                m_read.insert(name);
                found = QString::fromUtf8(QByteArray::fromBase64(raw.mid(body + 4)));
                return true;
            }
            return false;
        },
        10000);
    if (!arrived)
        qWarning("no mail to %s", qPrintable(to));
    return found;
}

OperatorFixture::Enrolled OperatorFixture::enrol(bool supervisor) {
    Enrolled e;
    e.email = u"op%1@contact.lkk.example"_s.arg(++m_made);
    e.password = u"Operator5678"_s;
    QStringList args{u"add"_s, e.email, u"--name"_s, u"Петрова Анна Ивановна"_s};
    if (supervisor)
        args << u"--supervisor"_s;
    const Command added = run(args);
    if (added.exitCode != 0) {
        qWarning().noquote() << "operator add:" << added.exitCode << added.err;
        return {};
    }
    const QString mail = nextMailTo(e.email);
    static const QRegularExpression link(u"/recover\\?token=([A-Za-z0-9_%-]+)"_s);
    const QString token = QUrl::fromPercentEncoding(link.match(mail).captured(1).toLatin1());
    const HttpReply set = m_server.send("POST", u"/recover"_s, {},
                                        "token=" + QUrl::toPercentEncoding(token) +
                                            "&password=" + e.password.toLatin1() + "&repeat=" + e.password.toLatin1(),
                                        {{"Content-Type", "application/x-www-form-urlencoded"}});
    if (set.status != 200) {
        qWarning().noquote() << "set password:" << set.status << mail;
        return {};
    }
    const HttpReply first = m_server.post(u"/api/v1/auth/login"_s, {},
                                          {{u"email"_s, e.email}, {u"password"_s, e.password}, {u"remember"_s, true}});
    const QJsonObject enrolment = first.json.value(u"enrolment"_s).toObject();
    const QUrlQuery uri(QUrl(enrolment.value(u"otpauthUri"_s).toString()).query());
    e.secret = TotpCode::secretFromBase32(uri.queryItemValue(u"secret"_s));
    e.step = TotpCode::stepAt(m_server.serverNowMs());
    const HttpReply done = m_server.post(
        u"/api/v1/auth/login/second-factor"_s, {},
        {{u"challenge"_s, first.json.value(u"challenge"_s)}, {u"code"_s, TotpCode::at(e.secret, e.step)}});
    if (done.status != 200) {
        qWarning().noquote() << "enrolment:" << first.status << first.body << done.status << done.body;
        return {};
    }
    for (const QJsonValue& code : done.json.value(u"recoveryCodes"_s).toArray())
        e.recoveryCodes << code.toString();
    e.accessToken = done.json.value(u"accessToken"_s).toString();
    e.refreshToken = done.json.value(u"refreshToken"_s).toString();
    return e;
}

} // namespace lkk::test
