#pragma once

#include "app/appeals/AppealDtos.h"

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace lkk {

// The files of one message being written: «Прикрепить файл» opens a file dialog, files can also
// be dropped on it (or on a widget that forwards drops with addFiles()). Every file is checked
// as it is added — size, then type by its content (AppealInput) — and a refused one is named in
// the error line instead of being listed; each listed file has its own «Убрать».
class AttachmentPicker : public QFrame {
    Q_OBJECT
public:
    explicit AttachmentPicker(QWidget* parent = nullptr);
    ~AttachmentPicker() override;

    void addFiles(const QStringList& paths);
    void clear();
    const QList<NewAttachment>& attachments() const { return m_attachments; }
    const QStringList& paths() const { return m_paths; }
    // An error about the files from elsewhere (the server's refusal); empty hides it.
    void showError(const QString& message);
    QString error() const;
    QPushButton* addButton() const { return m_add; }

    // Whether a drag carries local files (for widgets that forward drops here).
    static bool acceptsDrag(const QMimeData* mime);
    static QStringList droppedFiles(const QMimeData* mime);

signals:
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void chooseFiles();
    void rebuildList();
    void retranslate();

    QList<NewAttachment> m_attachments;
    QStringList m_paths;
    QPushButton* m_add;
    QLabel* m_hint;
    QVBoxLayout* m_list;
    QLabel* m_error;
};

} // namespace lkk
