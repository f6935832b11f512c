// Appeals end to end against the real lkk-server (--demo): «Вопросы и ответы» from the login
// window without signing in; then the demo customer opens «Обращения», writes a new appeal with a
// photo (a .jpg that is really HTML is refused in the form first), an operator answers it through
// the API with a PDF, and the customer sees the answer unread — bold with its dot, counted on the
// tab and in «Ваши счета» — opens it (read), saves the operator's file, replies, and closes the
// appeal. F1 opens the questions and answers, whose search ignores case and ё/е.
#include "app/accounts/AccountListModel.h"
#include "app/accounts/AccountsStore.h"
#include "app/appeals/AppealThreadModel.h"
#include "app/appeals/AppealsModel.h"
#include "app/appeals/FaqModel.h"
#include "tests/support/ApiTestServer.h"
#include "tests/support/WidgetSuite.h"
#include "tests/ui/Screenshot.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppShell.h"
#include "ui/Dialogs.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/accounts/AccountView.h"
#include "ui/accounts/AccountsSidebar.h"
#include "ui/appeals/AppealDialog.h"
#include "ui/appeals/AppealThreadView.h"
#include "ui/appeals/AppealsFeature.h"
#include "ui/appeals/AppealsTab.h"
#include "ui/appeals/AttachmentPicker.h"
#include "ui/appeals/FaqDialog.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace lkk;
using lkk::test::child;
using lkk::test::UiCore;

namespace {

constexpr int timeoutMs = 30000; // server round trips on a busy machine

const QByteArray png1x1 = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");
const QByteArray pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return file.fileName();
}

} // namespace

class TestAppealsEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QStandardPaths::setTestModeEnabled(true);
        m_look.apply(); // screenshots of every screen
    }

    void cleanup() { Dialogs::resetForTesting(); }

private:
    lkk::test::ScreenshotLook m_look;

private slots:

    void appealAnsweredByAnOperator() {
        lkk::test::ApiTestServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir files;
        const QString photo = writeFile(files, u"счётчик.png"_s, png1x1);
        const QString fake = writeFile(files, u"фото.jpg"_s, "<html><body>not a photo</body></html>");

        UiCore core(server.process().url(), server.process().caFile());
        AppShell shell(&core.settings, &core.session, &core.controller);
        shell.start();

        // «Вопросы и ответы» before signing in: GET /faq is public.
        child<QPushButton>(shell.loginWindow(), u"faqButton"_s)->click();
        auto* loginFaq = shell.loginWindow()->findChild<FaqDialog*>();
        QVERIFY(loginFaq);
        QTRY_VERIFY_WITH_TIMEOUT(loginFaq->isLoaded(), timeoutMs);
        QVERIFY(loginFaq->tabs()->count() >= 2);
        QVERIFY(loginFaq->model(0)->rowCount() >= 12);
        loginFaq->setExpanded(0, 0, true);
        QVERIFY(loginFaq->isExpanded(0, 0));
        QVERIFY(!loginFaq->isExpanded(0, 1));
        lkk::test::screenshot(shell.loginWindow(), u"login"_s);
        lkk::test::screenshot(loginFaq, u"faq-login"_s);
        loginFaq->reject();

        core.controller.signIn(u"demo@lkk.example"_s, u"Demo1234"_s, false, {});
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() && shell.mainWindow()->isVisible(), timeoutMs);
        MainWindow* main = shell.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(main->accountsStore()->currentAccount(), timeoutMs);
        const AccountSummary account = *main->accountsStore()->currentAccount();

        // «Обращения» of the selected account: the demo's appeals load.
        AppealsTab* tab = main->appeals()->tab();
        main->accountView()->tabs()->setCurrentWidget(main->accountView()->appealsPage());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading() && tab->model()->rowCount() > 0, timeoutMs);
        const int unreadBefore = tab->model()->unreadCount();
        lkk::test::screenshot(main, u"appeals-list"_s);

        // «Новое обращение»: the form of this account.
        tab->newAppealButton()->click();
        AppealDialog* dialog = main->appeals()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFormLoaded(), timeoutMs);
        QCOMPARE(dialog->accountId(), account.id);
        QVERIFY(dialog->providerCombo()->count() > 0);
        QVERIFY(dialog->topicCombo()->count() >= 6);
        // Sent empty: the text's error under the field, nothing sent.
        dialog->sendButton()->click();
        QVERIFY(child<QLabel>(dialog, u"textError"_s)->isVisible());
        QVERIFY(dialog->isVisible());
        // A .jpg that is HTML is refused as it is added, by name; the real photo is listed.
        Dialogs::setNextFileName(fake);
        dialog->attachments()->addButton()->click();
        QVERIFY(dialog->attachments()->attachments().isEmpty());
        QVERIFY(child<QLabel>(dialog, u"attachmentsError"_s)->text().contains(u"фото.jpg"_s));
        Dialogs::setNextFileName(photo);
        dialog->attachments()->addButton()->click();
        QCOMPARE(dialog->attachments()->attachments().size(), 1);
        dialog->topicCombo()->setCurrentIndex(dialog->topicCombo()->findData(u"meters"_s));
        const QString text = u"Счётчик холодной воды показывает 04521, а начислено по нормативу. Фото прилагаю."_s;
        dialog->textEdit()->setPlainText(text); // keyClicks types Latin-1 only
        QVERIFY(!child<QLabel>(dialog, u"textError"_s)->isVisible());
        lkk::test::screenshot(dialog, u"appeal-dialog"_s);
        dialog->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!main->appeals()->dialog(), timeoutMs);

        // The new appeal is opened in the tab: the text, the photo, «Новое».
        AppealThreadView* thread = tab->threadView();
        QTRY_VERIFY_WITH_TIMEOUT(thread->appealId() > 0 && thread->model()->rowCount() == 1, timeoutMs);
        const qint64 appealId = thread->appealId();
        QCOMPARE(thread->model()->message(0).text, text);
        QCOMPARE(thread->model()->message(0).attachments.size(), 1);
        QCOMPARE(thread->model()->message(0).attachments.at(0).fileName, u"счётчик.png"_s);
        QCOMPARE(child<QLabel>(thread, u"appealStatusChip"_s)->text(), AppealsModel::statusText(AppealStatus::New));
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->indexOfAppeal(appealId).isValid(), timeoutMs);

        // An operator answers through the API, with a PDF.
        const QString operatorToken = server.loginDemoOperator();
        QVERIFY(!operatorToken.isEmpty());
        const QJsonObject answer{
            {"text"_L1, u"Здравствуйте! Начисление пересчитано по показаниям. Акт во вложении."_s},
            {"attachments"_L1, QJsonArray{QJsonObject{{"fileName"_L1, u"Акт.pdf"_s},
                                                      {"content"_L1, QString::fromLatin1(pdf.toBase64())}}}}};
        const auto answered =
            server.post(u"/api/v1/operator/appeals/%1/messages"_s.arg(appealId), operatorToken, answer,
                        {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
        QCOMPARE(answered.status, 201);

        // The customer comes back to the account: the answer is there, unread.
        QListView* accounts = main->sidebar()->listView();
        QTRY_VERIFY_WITH_TIMEOUT(accounts->model()->rowCount() >= 2, timeoutMs);
        qint64 other = 0;
        for (int row = 0; row < accounts->model()->rowCount() && !other; ++row) {
            const qint64 id = accounts->model()->index(row, 0).data(AccountListModel::IdRole).toLongLong();
            if (id != account.id)
                other = id;
        }
        main->accountsStore()->select(other);
        QTRY_COMPARE(tab->accountId(), other);
        main->accountsStore()->select(account.id);
        QTRY_COMPARE(tab->accountId(), account.id);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isLoading() && tab->model()->indexOfAppeal(appealId).isValid(), timeoutMs);
        QCOMPARE(thread->appealId(), 0); // nothing opened yet: nothing marked read
        const QModelIndex row = tab->model()->indexOfAppeal(appealId);
        QVERIFY(row.data(AppealsModel::UnreadRole).toBool());
        QVERIFY(row.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(row.data(AppealsModel::StatusRole).toInt(), int(AppealStatus::Answered));
        QCOMPARE(tab->model()->rowCount(row), 2); // the appeal and the answer
        tab->view()->expand(row);
        lkk::test::screenshot(main, u"appeals-unread"_s);
        QVERIFY(
            tab->model()->index(1, AppealsModel::SubjectColumn, row).data().toString().startsWith(u"Здравствуйте"_s));
        QCOMPARE(tab->model()->unreadCount(), unreadBefore + 1);
        const int tabIndex = main->accountView()->tabs()->indexOf(main->accountView()->appealsPage());
        QTRY_VERIFY(main->accountView()->tabs()->tabText(tabIndex).contains(QString::number(unreadBefore + 1)));
        const auto storedUnread = [&] {
            return main->accountsStore()->account(account.id).value_or(AccountSummary{}).unreadAppeals;
        };
        QTRY_COMPARE(storedUnread(), unreadBefore + 1);
        const QModelIndex sidebarRow = accounts->model()->index(accounts->currentIndex().row(), 0);
        QCOMPARE(sidebarRow.data(AccountListModel::UnreadAppealsRole).toInt(), unreadBefore + 1);
        QVERIFY(
            sidebarRow.data(AccountListModel::UnreadTextRole).toString().contains(QString::number(unreadBefore + 1)));

        // Opened: the thread with the answer and its file; read on the server, the marks go.
        tab->view()->setCurrentIndex(row);
        QTRY_VERIFY_WITH_TIMEOUT(thread->appealId() == appealId, timeoutMs);
        const int last = thread->model()->rowCount() - 1;
        QCOMPARE(thread->model()->message(last).author, AppealMessage::Author::Operator);
        QCOMPARE(thread->model()->message(last).attachments.at(0).fileName, u"Акт.pdf"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->indexOfAppeal(appealId).data(AppealsModel::UnreadRole).toBool(),
                                 timeoutMs);
        QTRY_COMPARE(storedUnread(), unreadBefore);
        // Images as thumbnails: the customer's photo is downloaded and shown.
        QTRY_VERIFY_WITH_TIMEOUT(
            !thread->findChildren<QLabel*>(u"attachmentThumbnail"_s).isEmpty() &&
                !thread->findChildren<QLabel*>(u"attachmentThumbnail"_s).first()->pixmap().isNull(),
            timeoutMs);
        lkk::test::screenshot(main, u"appeal-thread"_s);
        const auto reread =
            server.get(u"/api/v1/appeals/%1"_s.arg(appealId), server.login(u"demo@lkk.example"_s, u"Demo1234"_s));
        QCOMPARE(reread.json.value("unread"_L1).toBool(), false);

        // «Сохранить…» the operator's PDF.
        QList<QPushButton*> saves;
        for (QPushButton* b : thread->findChildren<QPushButton*>(u"saveAttachmentButton"_s))
            saves.append(b);
        QVERIFY(!saves.isEmpty());
        const QString saved = files.filePath(u"saved.pdf"_s);
        Dialogs::setNextFileName(saved);
        saves.last()->click();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved) && QFileInfo(saved).size() == pdf.size(), timeoutMs);
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(savedFile.readAll(), pdf);

        // A reply reopens it («В работе»); then «Закрыть обращение».
        thread->replyEdit()->setPlainText(u"Спасибо, вижу перерасчёт."_s);
        thread->sendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(thread->model()->thread()->appeal.status == AppealStatus::InProgress, timeoutMs);
        QCOMPARE(thread->model()->message(thread->model()->rowCount() - 1).text, u"Спасибо, вижу перерасчёт."_s);
        QVERIFY(thread->replyEdit()->toPlainText().isEmpty());
        Dialogs::setNextAnswer(true);
        thread->closeAppealButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(thread->model()->thread()->appeal.status == AppealStatus::Closed, timeoutMs);
        QVERIFY(!thread->replyEdit()->isEnabled());
        QVERIFY(!thread->closeAppealButton()->isVisible());
        QTRY_COMPARE(tab->model()->indexOfAppeal(appealId).data(AppealsModel::StatusRole).toInt(),
                     int(AppealStatus::Closed));

        // F1: «Вопросы и ответы»; the search ignores case and ё/е.
        QAction* faqAction = main->findChild<QAction*>(u"faqAction"_s);
        QCOMPARE(faqAction->shortcut(), QKeySequence(Qt::Key_F1));
        faqAction->trigger();
        FaqDialog* faq = main->appeals()->faqDialog();
        QVERIFY(faq);
        QTRY_VERIFY_WITH_TIMEOUT(faq->isLoaded(), timeoutMs);
        const int all = faq->model(0)->rowCount();
        faq->searchEdit()->setText(u"СЧЕТЧИК"_s); // as typed: the filter follows textChanged
        QVERIFY(faq->model(0)->rowCount() > 0);
        QVERIFY(faq->model(0)->rowCount() < all);
        lkk::test::screenshot(faq, u"faq-search"_s);
        for (int i = 0; i < faq->model(0)->rowCount(); ++i) {
            const QModelIndex q = faq->model(0)->index(i, 0);
            const QString both =
                FaqModel::searchKey(q.data().toString() + u' ' + faq->model(0)->index(0, 0, q).data().toString());
            QVERIFY2(both.contains(u"счетчик"_s), qPrintable(both));
        }
        // «Не нашли ответ? Задайте вопрос»: the form, as «Задать вопрос».
        faq->askButton()->click();
        QTRY_VERIFY(main->appeals()->dialog());
        QCOMPARE(main->appeals()->dialog()->windowTitle(), AppealDialog::tr("Ask a question"));
        QTRY_VERIFY_WITH_TIMEOUT(main->appeals()->dialog()->isFormLoaded(), timeoutMs);
        lkk::test::screenshot(main->appeals()->dialog(), u"ask-question"_s);
        main->appeals()->dialog()->reject();
    }
};

QTEST_MAIN(TestAppealsEndToEnd)
#include "tst_appeals_e2e.moc"
