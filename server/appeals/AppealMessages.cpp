#include "server/appeals/AppealMessages.h"

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;
using rules::appeals::maxAttachmentBytes;
using rules::appeals::maxAttachments;
using rules::appeals::maxFileNameLength;
using rules::appeals::maxTextLength;
using rules::appeals::maxThreadMessages;

namespace {

QString pick(Language language, const QString& ru, const QString& en) {
    return language == Language::En ? en : ru;
}

} // namespace

QString AppealMessages::text(Text text, Language l) {
    switch (text) {
    case Text::AppealNotFound:
        return pick(l, u"Обращение не найдено."_s, u"The appeal was not found."_s);
    case Text::AttachmentNotFound:
        return pick(l, u"Вложение не найдено."_s, u"The attachment was not found."_s);
    case Text::TextRequired:
        return pick(l, u"Введите текст сообщения."_s, u"Enter the text of the message."_s);
    case Text::TextTooLong:
        return pick(l, u"Текст не должен быть длиннее %1 символов."_s.arg(maxTextLength),
                    u"The text must not be longer than %1 characters."_s.arg(maxTextLength));
    case Text::TextControlCharacter:
        return pick(l, u"Текст содержит недопустимые управляющие символы."_s,
                    u"The text contains control characters that are not allowed."_s);
    case Text::TextInvalidUnicode:
        return pick(l, u"Текст содержит недопустимые символы."_s, u"The text contains invalid characters."_s);
    case Text::TopicInvalid:
        return pick(l, u"Выберите тему обращения из списка."_s, u"Choose the topic from the list."_s);
    case Text::ProviderInvalid:
        return pick(l, u"Выберите поставщика услуг этого лицевого счёта."_s,
                    u"Choose a service provider of this account."_s);
    case Text::FileNameRequired:
        return pick(l, u"Укажите имя файла."_s, u"Give the file name."_s);
    case Text::FileNameTooLong:
        return pick(l, u"Имя файла не должно быть длиннее %1 символов."_s.arg(maxFileNameLength),
                    u"The file name must not be longer than %1 characters."_s.arg(maxFileNameLength));
    case Text::FileNameControlCharacter:
        return pick(l, u"Имя файла содержит недопустимые символы."_s,
                    u"The file name contains characters that are not allowed."_s);
    case Text::TooManyFiles:
        return pick(l, u"К сообщению можно приложить не более %1 файлов."_s.arg(maxAttachments),
                    u"At most %1 files can be attached to a message."_s.arg(maxAttachments));
    case Text::AppealClosed:
        return pick(l, u"Обращение закрыто. Чтобы продолжить, подайте новое обращение."_s,
                    u"The appeal is closed. To go on, open a new appeal."_s);
    case Text::ThreadFull:
        return pick(
            l, u"В обращении уже %1 сообщений. Чтобы продолжить, подайте новое обращение."_s.arg(maxThreadMessages),
            u"The appeal already has %1 messages. To go on, open a new appeal."_s.arg(maxThreadMessages));
    case Text::IdempotencyKey:
        return pick(l, u"Нужен заголовок Idempotency-Key: 8–64 символа A–Z, a–z, 0–9, «-»."_s,
                    u"An Idempotency-Key header of 8–64 characters A–Z, a–z, 0–9, '-' is required."_s);
    case Text::IdempotencyConflict:
        return pick(l, u"Этот ключ уже использован для другого сообщения."_s,
                    u"This key was already used for another message."_s);
    case Text::StatusInvalid:
        return pick(l, u"Статус может быть new, in_progress или closed; «Ответ дан» ставит сам ответ."_s,
                    u"The status can be new, in_progress or closed; an answer sets «answered» itself."_s);
    case Text::QueryInvalid:
        return pick(l, u"Недопустимое значение параметра запроса."_s, u"Invalid value of a query parameter."_s);
    }
    return {};
}

QString AppealMessages::fileContentInvalid(const QString& fileName, Language l) {
    return pick(l, u"Файл «%1» передан повреждённым: ожидается содержимое в base64."_s.arg(fileName),
                u"The file \"%1\" arrived damaged: base64 content is expected."_s.arg(fileName));
}

QString AppealMessages::fileEmpty(const QString& fileName, Language l) {
    return pick(l, u"Файл «%1» пустой."_s.arg(fileName), u"The file \"%1\" is empty."_s.arg(fileName));
}

QString AppealMessages::fileType(const QString& fileName, Language l) {
    return pick(l, u"Файл «%1» не является изображением JPEG или PNG или документом PDF."_s.arg(fileName),
                u"The file \"%1\" is not a JPEG or PNG image or a PDF document."_s.arg(fileName));
}

QString AppealMessages::fileTooLarge(const QString& fileName, Language l) {
    const qint64 mib = maxAttachmentBytes / (1024 * 1024);
    return pick(l, u"Файл «%1» больше %2 МБ."_s.arg(fileName).arg(mib),
                u"The file \"%1\" is larger than %2 MB."_s.arg(fileName).arg(mib));
}

QString AppealMessages::appealLimit(const QString& after, Language l) {
    return pick(l,
                u"За сутки можно подать не более %1 обращений. Следующее можно будет подать после %2 (время "
                u"томское)."_s.arg(rules::appeals::appealsPerDay)
                    .arg(after),
                u"At most %1 appeals can be opened in 24 hours. The next one can be opened after %2 (Tomsk "
                u"time)."_s.arg(rules::appeals::appealsPerDay)
                    .arg(after));
}

QString AppealMessages::messageLimit(const QString& after, Language l) {
    return pick(l,
                u"За сутки можно отправить не более %1 сообщений в обращениях. Следующее можно будет отправить "
                u"после %2 (время томское)."_s.arg(rules::appeals::messagesPerDay)
                    .arg(after),
                u"At most %1 messages can be sent in appeals in 24 hours. The next one can be sent after %2 (Tomsk "
                u"time)."_s.arg(rules::appeals::messagesPerDay)
                    .arg(after));
}

QString AppealMessages::event(Event event, Language l) {
    switch (event) {
    case Event::Taken:
        return pick(l, u"Обращение принято в работу."_s, u"The appeal has been taken up."_s);
    case Event::Returned:
        return pick(l, u"Обращение возвращено в очередь."_s, u"The appeal has been returned to the queue."_s);
    case Event::ClosedByCustomer:
        return pick(l, u"Обращение закрыто заявителем."_s, u"The appeal was closed by the customer."_s);
    case Event::ClosedByOperator:
        return pick(l, u"Обращение закрыто специалистом."_s, u"The appeal was closed by the utility."_s);
    case Event::Reopened:
        return pick(l, u"Обращение снова в работе."_s, u"The appeal is being worked on again."_s);
    }
    return {};
}

QString AppealMessages::statusTitle(Status status, Language l) {
    switch (status) {
    case Status::New:
        return pick(l, u"Новое"_s, u"New"_s);
    case Status::InProgress:
        return pick(l, u"В работе"_s, u"In progress"_s);
    case Status::Answered:
        return pick(l, u"Ответ дан"_s, u"Answered"_s);
    case Status::Closed:
        return pick(l, u"Закрыто"_s, u"Closed"_s);
    }
    return {};
}

} // namespace lkk::server::appeals
