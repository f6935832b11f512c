#include "ui/RecoveryCodesPage.h"

#include "app/core/OwnerOnlyFile.h"
#include "generated/branding.h"
#include "ui/Dialogs.h"
#include "ui/StyleRole.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

RecoveryCodesPage::RecoveryCodesPage(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_codesView(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_saved(new QCheckBox(this))
    , m_continue(new QPushButton(this)) {
    setObjectName(u"recoveryCodesCard"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_title->setObjectName(u"recoveryCodesTitle"_s);
    m_codesView->setObjectName(u"recoveryCodesView"_s);
    m_copy->setObjectName(u"copyRecoveryCodesButton"_s);
    m_save->setObjectName(u"saveRecoveryCodesButton"_s);
    m_status->setObjectName(u"recoveryCodesStatus"_s);
    m_saved->setObjectName(u"recoveryCodesSavedCheck"_s);
    m_continue->setObjectName(u"recoveryCodesContinueButton"_s);

    setStyleRole(m_title, StyleRole::DialogTitle);
    setStyleRole({m_copy, m_save}, StyleRole::Secondary);
    setStyleRole(m_status, StyleRole::Hint);
    setStyleRole(m_continue, StyleRole::Primary);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->hide();
    m_continue->setDefault(true);
    m_continue->setEnabled(false);

    // Read-only text: selectable, reachable with Tab, and read line by line by a screen reader.
    m_codesView->setReadOnly(true);
    m_codesView->setTabChangesFocus(true);
    m_codesView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_codesView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_codesView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_codesView);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addWidget(m_saved);
    layout->addWidget(m_continue);

    connect(m_copy, &QPushButton::clicked, this, &RecoveryCodesPage::copyCodes);
    connect(m_save, &QPushButton::clicked, this, &RecoveryCodesPage::saveCodes);
    connect(m_saved, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_saved->isChecked())
            emit continued();
    });
    retranslate();
}

void RecoveryCodesPage::setCodes(const QStringList& codes, const QString& account) {
    m_codes = codes;
    m_account = account;
    m_codesView->setPlainText(codes.join(u'\n'));
    // Every code visible at once, no scrolling: the height of the lines plus the frame.
    const QFontMetrics metrics(m_codesView->font());
    const int frame = 2 * (m_codesView->frameWidth() + int(m_codesView->document()->documentMargin()));
    m_codesView->setFixedHeight(metrics.lineSpacing() * int(codes.size()) + frame + 4);
    m_status->hide();
    m_saved->setChecked(false);
    m_continue->setEnabled(false);
}

void RecoveryCodesPage::focusCodes() {
    m_codesView->setFocus(Qt::OtherFocusReason);
}

void RecoveryCodesPage::clear() {
    m_codes.clear();
    m_account.clear();
    m_codesView->clear();
    m_saved->setChecked(false);
}

QString RecoveryCodesPage::fileText() const {
    return tr("Recovery codes of %1 for %2").arg(QLatin1StringView(branding::appName), m_account) + u"\n\n"_s +
           tr("Each code signs you in once when the authenticator app is not at hand.") + u"\n\n"_s +
           m_codes.join(u'\n') + u'\n';
}

void RecoveryCodesPage::copyCodes() {
    QGuiApplication::clipboard()->setText(m_codes.join(u'\n'));
    m_status->setText(tr("The codes are copied. Paste them where you keep them safe."));
    m_status->show();
}

void RecoveryCodesPage::saveCodes() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const Dialogs::FileRequest request{tr("Save the recovery codes"),
                                       QDir(folder).filePath(tr("recovery-codes") + u".txt"_s),
                                       tr("Text files (*.txt);;All files (*)")};
    Dialogs::saveFileName(this, request, this, [this](const QString& path) {
        if (path.isEmpty())
            return;
        QString error;
        // Owner-only: the codes sign in without the phone.
        if (!writeOwnerOnlyFile(path, fileText().toUtf8(), &error)) {
            m_status->setText(tr("The file could not be saved: %1").arg(error));
        } else {
            m_status->setText(tr("The codes are saved to %1.").arg(QDir::toNativeSeparators(path)));
        }
        m_status->show();
    });
}

void RecoveryCodesPage::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_continue->isEnabled() &&
        !m_copy->hasFocus() && !m_save->hasFocus()) {
        emit continued();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void RecoveryCodesPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void RecoveryCodesPage::retranslate() {
    m_title->setText(tr("Recovery codes"));
    m_intro->setText(tr("Sign-in confirmation is set up. If your phone is lost or not at hand, each of these codes "
                        "signs you in once instead of the code from the app. They are shown only now: copy them or "
                        "save them to a file, and keep them where others cannot see them."));
    m_codesView->setAccessibleName(tr("Recovery codes"));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("Save to &file…"));
    m_saved->setText(tr("I have &saved the codes"));
    m_continue->setText(tr("Continue"));
}

} // namespace lkk
