#include "server/appeals/Appeal.h"

namespace lkk::server::appeals {

using namespace Qt::StringLiterals;

namespace {

template <typename E, std::size_t N>
std::optional<E> fromName(const std::pair<E, QStringView> (&names)[N], const QString& name) {
    for (const auto& [value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QString toName(const std::pair<E, QStringView> (&names)[N], E value) {
    for (const auto& [v, text] : names) {
        if (v == value)
            return text.toString();
    }
    return {};
}

constexpr std::pair<Status, QStringView> kStatuses[] = {{Status::New, u"new"},
                                                        {Status::InProgress, u"in_progress"},
                                                        {Status::Answered, u"answered"},
                                                        {Status::Closed, u"closed"}};
constexpr std::pair<AuthorKind, QStringView> kAuthors[] = {
    {AuthorKind::Customer, u"customer"}, {AuthorKind::Operator, u"operator"}, {AuthorKind::System, u"system"}};
constexpr std::pair<Event, QStringView> kEvents[] = {{Event::Taken, u"taken"},
                                                     {Event::Returned, u"returned"},
                                                     {Event::ClosedByCustomer, u"closed_by_customer"},
                                                     {Event::ClosedByOperator, u"closed_by_operator"},
                                                     {Event::Reopened, u"reopened"}};

} // namespace

QString statusName(Status status) {
    return toName(kStatuses, status);
}

std::optional<Status> statusFromName(const QString& name) {
    return fromName(kStatuses, name);
}

QString authorKindName(AuthorKind kind) {
    return toName(kAuthors, kind);
}

std::optional<AuthorKind> authorKindFromName(const QString& name) {
    return fromName(kAuthors, name);
}

QString eventName(Event event) {
    return toName(kEvents, event);
}

std::optional<Event> eventFromName(const QString& name) {
    return fromName(kEvents, name);
}

} // namespace lkk::server::appeals
