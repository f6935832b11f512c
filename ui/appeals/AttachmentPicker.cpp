#include "ui/appeals/AttachmentPicker.h"

#include "app/appeals/AppealInput.h"
#include "shared/AppealRules.h"
#include "ui/Dialogs.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

AttachmentPicker::AttachmentPicker(QWidget* parent)
    : QFrame(parent)
    , m_add(new QPushButton(this))
    , m_hint(new QLabel(this))
    , m_list(new QVBoxLayout)
    , m_error(new QLabel(this)) {
    setObjectName(u"attachmentPicker"_s);
    setAcceptDrops(true);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto* top = new QHBoxLayout;
    m_add->setObjectName(u"attachFileButton"_s);
    setStyleRole(m_add, StyleRole::Secondary);
    m_hint->setObjectName(u"attachHint"_s);
    m_hint->setWordWrap(true);
    setStyleRole(m_hint, StyleRole::Hint);
    top->addWidget(m_add);
    top->addWidget(m_hint, 1);
    column->addLayout(top);
    m_list->setSpacing(2);
    column->addLayout(m_list);
    m_error->setObjectName(u"attachmentsError"_s);
    m_error->setWordWrap(true);
    setStyleRole(m_error, StyleRole::FieldError);
    m_error->hide();
    column->addWidget(m_error);
    connect(m_add, &QPushButton::clicked, this, &AttachmentPicker::chooseFiles);
    retranslate();
}

AttachmentPicker::~AttachmentPicker() = default;

bool AttachmentPicker::acceptsDrag(const QMimeData* mime) {
    return !droppedFiles(mime).isEmpty();
}

QStringList AttachmentPicker::droppedFiles(const QMimeData* mime) {
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void AttachmentPicker::dragEnterEvent(QDragEnterEvent* event) {
    if (acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void AttachmentPicker::dropEvent(QDropEvent* event) {
    addFiles(droppedFiles(event->mimeData()));
    event->acceptProposedAction();
}

void AttachmentPicker::chooseFiles() {
    Dialogs::FileRequest request{
        tr("Attach a file"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)")};
    Dialogs::openFileName(this, request, this, [this](const QString& path) {
        if (!path.isEmpty())
            addFiles({path});
    });
}

void AttachmentPicker::addFiles(const QStringList& paths) {
    QStringList problems;
    for (const QString& path : paths) {
        if (m_paths.contains(path))
            continue;
        if (m_attachments.size() >= rules::appeals::maxAttachments) {
            problems.append(AppealInput::countProblem(m_attachments.size() + 1));
            break;
        }
        const AppealInput::ReadFile read = AppealInput::readFile(path);
        if (!read.attachment) {
            problems.append(read.problem);
            continue;
        }
        m_attachments.append(*read.attachment);
        m_paths.append(path);
    }
    rebuildList();
    showError(problems.join(u'\n'));
    emit changed();
}

void AttachmentPicker::clear() {
    m_attachments.clear();
    m_paths.clear();
    rebuildList();
    showError({});
    emit changed();
}

void AttachmentPicker::showError(const QString& message) {
    showFieldError(nullptr, m_error, message);
}

QString AttachmentPicker::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void AttachmentPicker::rebuildList() {
    while (QLayoutItem* item = m_list->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        else if (QLayout* l = item->layout()) {
            while (QLayoutItem* inner = l->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
    for (int i = 0; i < m_attachments.size(); ++i) {
        auto* row = new QWidget(this);
        row->setObjectName(u"attachmentRow"_s);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* name = new QLabel(
            tr("%1 (%2)").arg(m_attachments.at(i).fileName, AppealInput::sizeText(m_attachments.at(i).content.size())),
            row);
        name->setObjectName(u"attachmentName"_s);
        auto* remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(u"removeAttachmentButton"_s);
        setStyleRole(remove, StyleRole::Link);
        remove->setAccessibleName(tr("Remove %1").arg(m_attachments.at(i).fileName));
        connect(remove, &QPushButton::clicked, this, [this, path = m_paths.at(i)] {
            const qsizetype at = m_paths.indexOf(path);
            if (at < 0)
                return;
            m_paths.removeAt(at);
            m_attachments.removeAt(at);
            rebuildList();
            showError({});
            emit changed();
        });
        layout->addWidget(name, 1);
        layout->addWidget(remove);
        m_list->addWidget(row);
    }
    m_add->setEnabled(m_attachments.size() < rules::appeals::maxAttachments);
}

void AttachmentPicker::retranslate() {
    m_add->setText(tr("Attach a file…"));
    m_hint->setText(tr("Or drop files here. Up to %1 photos (JPEG, PNG) or PDF documents, each at most %2.")
                        .arg(rules::appeals::maxAttachments)
                        .arg(AppealInput::sizeText(rules::appeals::maxAttachmentBytes)));
    rebuildList();
}

void AttachmentPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace lkk
