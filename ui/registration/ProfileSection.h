#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace lkk {

// One section of the profile dialog (figure 10): a title with a pencil button, a read-only view,
// and an edit form with «Сохранить» / «Отмена» shown instead of the view while editing.
class ProfileSection : public QFrame {
    Q_OBJECT
public:
    ProfileSection(const QString& name, const QString& title, QWidget* view, QWidget* editor,
                   QWidget* parent = nullptr);

    bool isEditing() const;
    void setEditing(bool editing);
    void setBusy(bool busy);
    void setEditable(bool editable); // another section is being edited: no pencil here
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void editRequested();
    void saveRequested();
    void cancelRequested();

private:
    QToolButton* m_pencil;
    QWidget* m_view;
    QWidget* m_editPage; // shown instead of m_view while editing (hidden widgets take no room)
    QPushButton* m_save;
    QPushButton* m_cancel;
    QLabel* m_status;
};

} // namespace lkk
