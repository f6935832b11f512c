#include "server/appeals/AnswerMail.h"

#include "server/accounts/TomskTime.h"
#include "server/mail/Mailer.h"
#include "server/users/UserStore.h"

#include <QLoggingCategory>
#include <QStringList>

Q_LOGGING_CATEGORY(lcAnswerMail, "lkk.server.appeals.mail")

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

namespace {

QString date(qint64 ms) {
    return accounts::TomskTime::display(ms).left(10); // "27.11.2026"
}

QString fileNames(const Message& answer) {
    QStringList names;
    for (const AttachmentInfo& file : answer.attachments)
        names << rules::appeals::downloadFileName(file.fileName, file.type);
    return names.join(u", "_s);
}

} // namespace

AnswerMail::Mail AnswerMail::compose(const Appeal& a, const User& customer, const Message& answer) {
    const QString files = fileNames(answer);
    if (a.language == Language::En) {
        const QString name = QStringList{customer.firstName, customer.surname}.join(u' ').trimmed();
        QString text = u"Hello%1!\n\nYour appeal No. %2 of %3 about account %4 (%5, topic \"%6\") has an answer:\n\n"_s
                           .arg(name.isEmpty() ? QString() : u", "_s + name)
                           .arg(a.id)
                           .arg(date(a.createdAt), a.accountNumber, a.provider.name, a.topic.nameEn);
        text += answer.body + u"\n\n"_s;
        if (!files.isEmpty())
            text += u"Attached files (open them in the personal cabinet): "_s + files + u"\n\n"_s;
        text += u"You can read the answer and reply in the personal cabinet of JSC Tomskenergosbyt: account "_s +
                a.accountNumber +
                u", tab \"Appeals\".\n\nThis e-mail was sent automatically; please do not reply to it.\n"_s;
        return {u"Answer to your appeal No. %1"_s.arg(a.id), text};
    }
    const QString name = QStringList{customer.firstName, customer.patronymic}.join(u' ').trimmed();
    QString text =
        u"Здравствуйте%1!\n\nНа ваше обращение № %2 от %3 по лицевому счёту %4 (%5, тема «%6») дан ответ:\n\n"_s
            .arg(name.isEmpty() ? QString() : u", "_s + name)
            .arg(a.id)
            .arg(date(a.createdAt), a.accountNumber, a.provider.name, a.topic.nameRu);
    text += answer.body + u"\n\n"_s;
    if (!files.isEmpty())
        text += u"Вложения (откройте их в личном кабинете): "_s + files + u"\n\n"_s;
    text += u"Прочитать ответ и продолжить переписку можно в личном кабинете АО «Томскэнергосбыт»: лицевой счёт "_s +
            a.accountNumber +
            u", вкладка «Обращения».\n\nЭто письмо отправлено автоматически, отвечать на него не нужно.\n"_s;
    return {u"Ответ на обращение № %1"_s.arg(a.id), text};
}

void AnswerMail::send(mail::Mailer& mailer, const Appeal& appeal, const User& customer, const Message& answer) {
    const Mail mail = compose(appeal, customer, answer);
    QString error;
    if (!mailer.send({customer.email, mail.subject, mail.text, {}}, &error))
        qCWarning(lcAnswerMail).noquote() << "answer mail of appeal" << appeal.id << "not sent:" << error;
}

} // namespace lkk::server::appeals
