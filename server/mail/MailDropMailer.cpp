#include "server/mail/MailDropMailer.h"

#include "server/Clock.h"
#include "server/mail/MimeMessage.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcMailDrop, "lkk.server.mail.drop")

namespace lkk::server::mail {

using namespace Qt::StringLiterals;

MailDropMailer::MailDropMailer(QString directory, QString from)
    : m_directory(std::move(directory))
    , m_from(std::move(from)) {}

bool MailDropMailer::send(const MailMessage& message, QString* error) {
    if (m_directory.isEmpty()) {
        if (error)
            *error = u"no mail configured (smtp-url or mail-drop)"_s;
        return false;
    }
    const qint64 now = nowMs();
    const QByteArray bytes = MimeMessage::build(message, m_from, now);
    // Real time in the name (not the test clock) so files sort in the order they were written.
    const QString name = QStringLiteral("%1-%2-%3.eml")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(m_sequence.fetch_add(1), 6, 10, QLatin1Char('0'))
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QSaveFile file(QDir(m_directory).filePath(name));
    // Owner only: the mail holds live codes and links.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = u"mail drop "_s + m_directory + u": "_s + file.errorString();
        qCWarning(lcMailDrop) << "cannot write to the mail drop" << m_directory << file.errorString();
        return false;
    }
    qCInfo(lcMailDrop) << "mail dropped:" << name;
    return true;
}

} // namespace lkk::server::mail
