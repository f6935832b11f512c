#include "app/api/Dtos.h"

using namespace Qt::StringLiterals;

namespace lkk {

QString Profile::displayName() const {
    if (surname.isEmpty())
        return firstName.isEmpty() ? email : firstName;
    if (firstName.isEmpty())
        return surname;
    return surname + u' ' + firstName;
}

QString toWire(AccountKind kind) {
    switch (kind) {
    case AccountKind::Epd:
        return u"epd"_s;
    case AccountKind::Electricity:
        return u"electricity"_s;
    }
    return {};
}

QString toWire(Relation relation) {
    switch (relation) {
    case Relation::Owner:
        return u"owner"_s;
    case Relation::Tenant:
        return u"tenant"_s;
    case Relation::Family:
        return u"family"_s;
    case Relation::Representative:
        return u"representative"_s;
    case Relation::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<AccountKind> accountKindFromWire(const QString& word) {
    for (const AccountKind k : {AccountKind::Epd, AccountKind::Electricity}) {
        if (toWire(k) == word)
            return k;
    }
    return std::nullopt;
}

std::optional<Relation> relationFromWire(const QString& word) {
    for (const Relation r : allRelations()) {
        if (toWire(r) == word)
            return r;
    }
    return std::nullopt;
}

QList<Relation> allRelations() {
    return {Relation::Owner, Relation::Tenant, Relation::Family, Relation::Representative, Relation::Other};
}

} // namespace lkk
