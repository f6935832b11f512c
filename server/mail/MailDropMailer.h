#pragma once

#include "server/mail/Mailer.h"

#include <QString>
#include <atomic>

namespace lkk::server::mail {

// The demo/test "outbox": one RFC 5322 .eml file per message in a directory, written atomically
// (QSaveFile: a reader never sees half a message). Names sort by time of sending.
class MailDropMailer : public Mailer {
public:
    MailDropMailer(QString directory, QString from);
    bool send(const MailMessage& message, QString* error) override;
    QString directory() const { return m_directory; }

private:
    QString m_directory;
    QString m_from;
    std::atomic<quint64> m_sequence{0};
};

} // namespace lkk::server::mail
