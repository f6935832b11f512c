#include "ui/registration/ProfileSection.h"

#include "ui/StyleRole.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

ProfileSection::ProfileSection(const QString& name, const QString& title, QWidget* view, QWidget* editor,
                               QWidget* parent)
    : QFrame(parent)
    , m_pencil(new QToolButton(this))
    , m_view(view)
    , m_editPage(new QWidget(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this)) {
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(title, this);
    setStyleRole(heading, StyleRole::SectionTitle);
    m_pencil->setObjectName(name + u"Edit"_s);
    m_pencil->setText(u"✎"_s);
    m_pencil->setToolTip(tr("Edit: %1").arg(title));
    m_pencil->setAccessibleName(tr("Edit: %1").arg(title));
    m_pencil->setAutoRaise(true);
    m_save->setObjectName(name + u"Save"_s);
    setStyleRole(m_save, StyleRole::Primary);
    m_cancel->setObjectName(name + u"Cancel"_s);
    m_status->setObjectName(name + u"Status"_s);
    setStyleRole(m_status, StyleRole::Hint);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* editColumn = new QVBoxLayout(m_editPage);
    editColumn->setContentsMargins(0, 0, 0, 0);
    editColumn->addWidget(editor);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    editColumn->addLayout(buttons);

    auto* header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_pencil);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(14, 10, 14, 10);
    column->addLayout(header);
    column->addWidget(m_view);
    column->addWidget(m_editPage);
    column->addWidget(m_status);

    // Tab: the form's fields, then «Отмена» and «Сохранить» as they stand in their row.
    QWidget* lastField = nullptr;
    for (QWidget* w = editor->nextInFocusChain(); editor->isAncestorOf(w); w = w->nextInFocusChain()) {
        if (w->focusPolicy() & Qt::TabFocus)
            lastField = w;
    }
    if (lastField)
        setTabOrder(lastField, m_cancel);
    setTabOrder(m_cancel, m_save);

    connect(m_pencil, &QToolButton::clicked, this, &ProfileSection::editRequested);
    connect(m_save, &QPushButton::clicked, this, &ProfileSection::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ProfileSection::cancelRequested);
    setEditing(false);
}

bool ProfileSection::isEditing() const {
    return m_editPage->isVisibleTo(this);
}

void ProfileSection::setEditing(bool editing) {
    m_view->setVisible(!editing);
    m_editPage->setVisible(editing);
    m_pencil->setVisible(!editing);
    // Enter in any field of the section saves it, whichever section it is and wherever the focus
    // was before (otherwise the dialog's last focused button would take the key).
    m_save->setDefault(editing);
    if (editing) {
        // The first field of the form gets the focus (keyboard users start typing right away).
        for (QWidget* w : m_editPage->findChildren<QWidget*>()) {
            if (w->focusPolicy() & Qt::TabFocus && w->isVisibleTo(this) && w->isEnabled()) {
                w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    }
}

void ProfileSection::setBusy(bool busy) {
    m_save->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
    m_status->setVisible(busy);
}

void ProfileSection::setEditable(bool editable) {
    m_pencil->setEnabled(editable);
}

} // namespace lkk
