#include "ui/appeals/AppealDialog.h"

#include "app/appeals/AppealInput.h"
#include "app/appeals/AppealOutbox.h"
#include "app/appeals/AppealsOperations.h"
#include "app/session/Session.h"
#include "shared/AppealRules.h"
#include "shared/ErrorCodes.h"
#include "ui/FieldError.h"
#include "ui/StyleRole.h"
#include "ui/appeals/AttachmentPicker.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lkk {

namespace {

QLabel* errorLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    setStyleRole(label, StyleRole::FieldError);
    label->hide();
    return label;
}

QLabel* fieldLabel(QWidget* parent, QWidget* buddy) {
    auto* label = new QLabel(parent);
    setStyleRole(label, StyleRole::FieldLabel);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AppealDialog::AppealDialog(Session* session, AppealOutbox* outbox, const QList<AccountSummary>& accounts,
                           qint64 accountId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_mode(mode)
    , m_title(new QLabel(this))
    , m_formErrorLabel(errorLabel(this, u"formError"_s))
    , m_provider(new QComboBox(this))
    , m_providerError(errorLabel(this, u"providerError"_s))
    , m_account(new QComboBox(this))
    , m_accountError(errorLabel(this, u"accountError"_s))
    , m_topic(new QComboBox(this))
    , m_topicError(errorLabel(this, u"topicError"_s))
    , m_text(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_textError(errorLabel(this, u"textError"_s))
    , m_files(new AttachmentPicker(this))
    , m_requiredHint(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(u"appealDialog"_s);
    setAcceptDrops(true);
    setMinimumWidth(560);
    m_providerLabel = fieldLabel(this, m_provider);
    m_accountLabel = fieldLabel(this, m_account);
    m_topicLabel = fieldLabel(this, m_topic);
    m_textLabel = fieldLabel(this, m_text);
    m_filesLabel = fieldLabel(this, m_files->addButton());

    m_title->setObjectName(u"appealDialogTitle"_s);
    setStyleRole(m_title, StyleRole::DialogTitle);
    m_provider->setObjectName(u"providerCombo"_s);
    m_account->setObjectName(u"accountCombo"_s);
    m_topic->setObjectName(u"topicCombo"_s);
    m_text->setObjectName(u"appealTextEdit"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 6 + 12);
    m_counter->setObjectName(u"textCounter"_s);
    setStyleRole(m_counter, StyleRole::Hint);
    m_requiredHint->setObjectName(u"requiredHint"_s);
    setStyleRole(m_requiredHint, StyleRole::Hint);
    m_send->setObjectName(u"sendAppealButton"_s);
    setStyleRole(m_send, StyleRole::Primary);
    m_send->setDefault(false); // Enter writes a new line in the text
    m_send->setAutoDefault(false);
    m_cancel->setObjectName(u"cancelAppealButton"_s);
    setStyleRole(m_cancel, StyleRole::Secondary);
    m_cancel->setAutoDefault(false);

    for (const AccountSummary& a : accounts)
        m_account->addItem(tr("№ %1 — %2").arg(a.number, a.address), a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(accountId)));

    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(24, 20, 24, 20);
    column->setSpacing(4);
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_formErrorLabel);
    const auto addField = [column](QLabel* label, QWidget* field, QLabel* error) {
        column->addSpacing(6);
        column->addWidget(label);
        column->addWidget(field);
        column->addWidget(error);
    };
    addField(m_providerLabel, m_provider, m_providerError);
    addField(m_accountLabel, m_account, m_accountError);
    addField(m_topicLabel, m_topic, m_topicError);
    column->addSpacing(6);
    auto* textHead = new QHBoxLayout;
    textHead->addWidget(m_textLabel, 1);
    textHead->addWidget(m_counter);
    column->addLayout(textHead);
    column->addWidget(m_text, 1);
    column->addWidget(m_textError);
    column->addSpacing(6);
    column->addWidget(m_filesLabel);
    column->addWidget(m_files);
    column->addSpacing(12);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_requiredHint, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);
    column->addLayout(buttons);

    connect(m_account, &QComboBox::currentIndexChanged, this, [this] {
        saveDraft();
        loadForm();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { clearFieldError(m_provider, m_providerError); });
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this] { clearFieldError(m_topic, m_topicError); });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        clearFieldError(m_text, m_textError);
        updateCounter();
    });
    connect(m_send, &QPushButton::clicked, this, &AppealDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_outbox, &AppealOutbox::entryChanged, this, &AppealDialog::onOutboxChanged);
    connect(m_outbox, &AppealOutbox::sent, this, &AppealDialog::onSent);

    retranslate();
    loadForm();
    m_text->setFocus();
}

AppealDialog::~AppealDialog() = default;

qint64 AppealDialog::accountId() const {
    return m_account->currentData().toLongLong();
}

QString AppealDialog::formError() const {
    return m_formErrorLabel->isVisible() ? m_formErrorLabel->text() : QString();
}

void AppealDialog::loadForm() {
    const qint64 account = accountId();
    m_formLoaded = false;
    m_loadedFor = account;
    m_provider->clear();
    m_topic->clear();
    showFormError({});
    m_send->setEnabled(false);
    if (!account) {
        showFieldError(m_account, m_accountError, tr("Link a personal account first: an appeal is about one of them."));
        return;
    }
    m_session->authorized(GetAppealFormOperation{account}, this, [this, account](Result<AppealForm> result) {
        if (account != m_loadedFor)
            return;
        if (!result) {
            showFormError(tr("Could not load the form: %1").arg(result.error().message));
            return;
        }
        const AppealForm& form = result.value();
        for (const AppealProvider& p : form.providers)
            m_provider->addItem(p.name, p.id);
        for (const AppealTopic& t : form.topics)
            m_topic->addItem(t.name, t.code);
        m_formLoaded = true;
        restoreDraft();
        if (form.limits.appealsLeft <= 0)
            showFormError(tr("You have opened %1 appeals in the last 24 hours, the most allowed. Please try again "
                             "later, or call the utility.")
                              .arg(form.limits.appealsPerDay));
        m_send->setEnabled(form.limits.appealsLeft > 0 && !m_sending);
    });
}

void AppealDialog::restoreDraft() {
    const auto draft = m_outbox->draft(accountId());
    if (!draft)
        return;
    if (const int p = m_provider->findData(draft->providerId); p >= 0)
        m_provider->setCurrentIndex(p);
    if (const int t = m_topic->findData(draft->topic); t >= 0)
        m_topic->setCurrentIndex(t);
    if (m_text->toPlainText().trimmed().isEmpty())
        m_text->setPlainText(draft->text);
    if (m_files->attachments().isEmpty()) {
        QStringList existing;
        for (const QString& path : draft->files) {
            if (QFileInfo::exists(path))
                existing.append(path);
        }
        m_files->addFiles(existing);
    }
}

void AppealDialog::saveDraft() {
    if (m_finished || !m_loadedFor)
        return;
    m_outbox->saveDraft({m_loadedFor, m_provider->currentData().toLongLong(), m_topic->currentData().toString(),
                         m_text->toPlainText(), m_files->paths()});
}

void AppealDialog::done(int result) {
    if (result != QDialog::Accepted)
        saveDraft(); // «Отменить», Esc or the window's close: what was typed waits for next time
    QDialog::done(result);
}

void AppealDialog::send() {
    if (m_sending)
        return;
    showFormError({});
    bool ok = true;
    QWidget* first = nullptr;
    const auto check = [&](QWidget* field, QLabel* label, const QString& problem) {
        showFieldError(field, label, problem);
        if (!problem.isEmpty()) {
            ok = false;
            if (!first)
                first = field;
        }
    };
    check(m_provider, m_providerError, m_provider->currentIndex() < 0 ? tr("Choose the provider.") : QString());
    check(m_account, m_accountError, accountId() ? QString() : tr("Choose the personal account."));
    check(m_topic, m_topicError, m_topic->currentIndex() < 0 ? tr("Choose the topic.") : QString());
    check(m_text, m_textError, AppealInput::textProblem(m_text->toPlainText()));
    if (!m_files->error().isEmpty()) {
        ok = false;
        if (!first)
            first = m_files->addButton();
    }
    if (!ok) {
        first->setFocus();
        return;
    }
    setSending(true);
    m_key =
        m_outbox->send(NewAppeal{accountId(), m_provider->currentData().toLongLong(), m_topic->currentData().toString(),
                                 AppealInput::normalizedText(m_text->toPlainText()), m_files->attachments()});
    // Behind messages that already wait for the connection: it waits with them.
    const auto& queued = m_outbox->entries();
    if (m_outbox->entry(m_key)->state == AppealOutbox::State::Pending &&
        std::any_of(queued.begin(), queued.end(), [](const AppealOutbox::Entry& e) {
            return e.state == AppealOutbox::State::Pending && e.error.has_value();
        })) {
        m_finished = true;
        m_outbox->removeDraft(m_loadedFor);
        emit appealQueued(m_key);
        accept();
    }
}

void AppealDialog::onOutboxChanged(const QString& key) {
    if (key != m_key)
        return;
    const auto entry = m_outbox->entry(key);
    if (!entry)
        return;
    if (entry->state == AppealOutbox::State::Pending && entry->error) {
        // No connection: the appeal waits in the outbox and goes when the server is back.
        m_finished = true;
        m_outbox->removeDraft(m_loadedFor);
        emit appealQueued(key);
        accept();
    } else if (entry->state == AppealOutbox::State::Refused) {
        const ApiError error = entry->error.value_or(ApiError{});
        m_outbox->forget(key);
        m_key.clear();
        setSending(false);
        showRefusal(error);
    }
}

void AppealDialog::onSent(const QString& key, const AppealThread& thread) {
    if (key != m_key)
        return;
    m_finished = true;
    m_outbox->removeDraft(m_loadedFor);
    emit appealSent(thread);
    accept();
}

void AppealDialog::showRefusal(const ApiError& error) {
    if (error.field == u"text"_s)
        showFieldError(m_text, m_textError, error.message);
    else if (error.field == u"providerId"_s)
        showFieldError(m_provider, m_providerError, error.message);
    else if (error.field == u"topic"_s)
        showFieldError(m_topic, m_topicError, error.message);
    else if (error.field.startsWith(u"attachments"_s) || error.code.startsWith(u"attachment"_s) ||
             error.code == QLatin1StringView(errc::tooManyAttachments))
        m_files->showError(error.message);
    else if (error.is(errc::accountNotFound))
        showFieldError(m_account, m_accountError, error.message);
    else
        showFormError(error.message);
}

void AppealDialog::showFormError(const QString& text) {
    showFieldError(nullptr, m_formErrorLabel, text);
}

void AppealDialog::setSending(bool sending) {
    m_sending = sending;
    for (QWidget* w : std::initializer_list<QWidget*>{m_provider, m_account, m_topic, m_text, m_files})
        w->setEnabled(!sending);
    m_send->setEnabled(!sending && m_formLoaded);
    m_send->setText(sending ? tr("Sending…") : tr("Send"));
}

void AppealDialog::updateCounter() {
    const qsizetype count = rules::appeals::characterCount(rules::appeals::normalizedText(m_text->toPlainText()));
    m_counter->setText(tr("%1 of %2").arg(count).arg(rules::appeals::maxTextLength));
    setStyleRole(m_counter, count > rules::appeals::maxTextLength ? StyleRole::FieldError : StyleRole::Hint);
}

void AppealDialog::dragEnterEvent(QDragEnterEvent* event) {
    if (!m_sending && AttachmentPicker::acceptsDrag(event->mimeData()))
        event->acceptProposedAction();
}

void AppealDialog::dropEvent(QDropEvent* event) {
    m_files->addFiles(AttachmentPicker::droppedFiles(event->mimeData()));
    event->acceptProposedAction();
}

void AppealDialog::retranslate() {
    const QString title = m_mode == Mode::Question ? tr("Ask a question") : tr("New appeal");
    setWindowTitle(title);
    m_title->setText(title);
    m_providerLabel->setText(tr("Provider*"));
    m_accountLabel->setText(tr("Personal account*"));
    m_topicLabel->setText(tr("Topic"));
    m_textLabel->setText(m_mode == Mode::Question ? tr("Your question*") : tr("Text of the appeal*"));
    m_filesLabel->setText(tr("Files"));
    m_text->setPlaceholderText(tr("Describe the question: what happened, for which period, which meter…"));
    m_requiredHint->setText(tr("* required"));
    m_cancel->setText(tr("Cancel"));
    m_send->setText(m_sending ? tr("Sending…") : tr("Send"));
    updateCounter();
}

void AppealDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace lkk
