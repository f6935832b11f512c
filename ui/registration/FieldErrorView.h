#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace lkk {

// The inline-error plumbing of the registration and profile forms: each input is registered under
// its contract field name ("phone", "newPassword"…), gets an error label right under it, and
// shows(field, message) marks it invalid (the stylesheet's [invalid="true"]) and shows the text.
// Client checks and server answers go through the same call.
class FieldErrorView : public QObject {
    Q_OBJECT
public:
    explicit FieldErrorView(QObject* parent = nullptr);

    // Returns a widget with `input` and its (hidden) error label under it, to put in a layout.
    QWidget* wrap(const QString& field, QWidget* input);
    // Registers an existing label (from a form) as the error place of `field`: it gets the error
    // look and is hidden until there is a message. The input may be null.
    void add(const QString& field, QWidget* input, QLabel* errorLabel);

    bool has(const QString& field) const { return m_fields.contains(field); }
    // Shows the message (empty = clears); focuses the input when `focus`. False for an unknown field.
    bool show(const QString& field, const QString& message, bool focus = true);
    void clear(const QString& field) { show(field, {}, false); }
    void clearAll();
    QString message(const QString& field) const;
    QLabel* label(const QString& field) const;

private:
    struct Entry {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_fields;
};

} // namespace lkk
