#include "ui/StyleRole.h"

#include <QStyle>
#include <QVariant>
#include <QWidget>

namespace lkk {

namespace {
// The values the stylesheet's [lkkRole="…"] selectors match.
const char* roleName(StyleRole role) {
    switch (role) {
    case StyleRole::None:
        break;
    case StyleRole::FieldLabel:
        return "fieldLabel";
    case StyleRole::FieldError:
        return "fieldError";
    case StyleRole::Hint:
        return "hint";
    case StyleRole::Placeholder:
        return "placeholder";
    case StyleRole::Value:
        return "value";
    case StyleRole::SectionTitle:
        return "sectionTitle";
    case StyleRole::DialogTitle:
        return "dialogTitle";
    case StyleRole::CardTitle:
        return "cardTitle";
    case StyleRole::Card:
        return "card";
    case StyleRole::Primary:
        return "primary";
    case StyleRole::Secondary:
        return "secondary";
    case StyleRole::Link:
        return "link";
    case StyleRole::BackLink:
        return "backLink";
    case StyleRole::Help:
        return "help";
    case StyleRole::Success:
        return "success";
    case StyleRole::Warning:
        return "warning";
    }
    return "";
}
} // namespace

void setStyleRole(QWidget* widget, StyleRole role) {
    const QString name = QString::fromLatin1(roleName(role));
    if (widget->property("lkkRole").toString() == name)
        return;
    widget->setProperty("lkkRole", name);
    // Dynamic properties are read when a widget is polished: a shown widget is polished again.
    if (widget->testAttribute(Qt::WA_WState_Polished)) {
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
}

void setStyleRole(std::initializer_list<QWidget*> widgets, StyleRole role) {
    for (QWidget* widget : widgets)
        setStyleRole(widget, role);
}

} // namespace lkk
