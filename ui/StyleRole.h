#pragma once

#include <initializer_list>

class QWidget;

namespace lkk {

// What a widget is for, as far as the stylesheet (resources/styles/light.qss) cares: the one
// vocabulary of looks the widgets share. Set in code, also for widgets from .ui forms (right after
// setupUi): a role in a form would be a loose string.
enum class StyleRole {
    None,         // no role: the plain look
    FieldLabel,   // the caption of an input
    FieldError,   // an inline error (red)
    Hint,         // secondary text (grey)
    Placeholder,  // «nothing here yet», centred in an empty area
    Value,        // a read-only value next to its caption
    SectionTitle, // the title of a part of a page
    DialogTitle,  // the large title inside a dialog
    CardTitle,    // the title of a card
    Card,         // a white framed card on the grey page
    Primary,      // the main action (orange)
    Secondary,    // another action (outlined)
    Link,         // a button that looks like a link
    BackLink,     // «‹ back» at the top of a page
    Help,         // the round «?» button
    Success,      // a status: done
    Warning,      // a status: waiting, attention
};

// Gives `widget` the role's look; when the role changes on a widget already shown, it is polished
// again so the new look applies at once.
void setStyleRole(QWidget* widget, StyleRole role);
void setStyleRole(std::initializer_list<QWidget*> widgets, StyleRole role);

} // namespace lkk
