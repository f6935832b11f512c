#include "Dtos.h"

namespace lkk {

QString Profile::displayName() const {
    if (surname.isEmpty())
        return firstName.isEmpty() ? email : firstName;
    if (firstName.isEmpty())
        return surname;
    return surname + u' ' + firstName;
}

} // namespace lkk
