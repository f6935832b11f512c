// Appeals through the client core against the real lkk-server over HTTPS: the form and the list
// of the ЕПД account; a new appeal with a photo written while the server is down waits in the
// AppealOutbox (owner-only file) and, once the server is back on the same data and port, is stored
// exactly once — both when the same outbox retries and when a restarted client (a new outbox on
// the same file) sends it; a resend with the same key is a replay of the same appeal. A reply
// written offline likewise. And GET /faq without signing in.
#include "app/appeals/AppealOutbox.h"
#include "app/appeals/AppealsOperations.h"
#include "tests/support/RunOperation.h"
#include "tests/support/SignedInClient.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace lkk;
using lkk::test::runOp;
using State = AppealOutbox::State;

namespace {

constexpr int timeoutMs = 30000;

const QByteArray png1x1 = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGBgAAAABQABpfZFQAAAAABJRU5ErkJggg==");

} // namespace

class TestAppealsIntegration : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        LKK_REQUIRE_TEST_BACKEND();
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_client.start(&error), qPrintable(error));
        m_account = m_client.accountId(u"100103492"_s);
        QVERIFY(m_account > 0);
        QFile::remove(AppealOutbox::filePathFor(serverUrl(), m_client.session.user().id));
        const auto form = runOp(m_client.session, GetAppealFormOperation{m_account});
        QVERIFY2(form.ok(), qPrintable(form.ok() ? QString() : form.error().message));
        QVERIFY(!form.value().providers.isEmpty());
        QVERIFY(form.value().topics.size() >= 6);
        QVERIFY(form.value().limits.appealsLeft > 0);
        m_provider = form.value().providers.first().id;
    }

    void cleanupTestCase() { m_client.server.stop(); }

    void faqNeedsNoSignIn() {
        const auto faq = runOp(m_client.api, GetFaqOperation{});
        QVERIFY2(faq.ok(), qPrintable(faq.ok() ? QString() : faq.error().message));
        QVERIFY(faq.value().companies.size() >= 2);
        for (const FaqCompany& company : faq.value().companies)
            QVERIFY(company.questions.size() >= 12);
    }

    void offlineAppealSentOnceByTheSameOutbox() {
        AppealOutbox outbox(&m_client.session); // retries after 1 s, 2 s, … on the client's clock
        outbox.open(serverUrl(), m_client.session.user().id);
        m_client.server.stop();
        const QString text = u"Написано без связи: проверьте начисление за ноябрь."_s;
        const QString key = outbox.send(newAppeal(text));
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(key)->state, State::Pending, timeoutMs);
        QVERIFY(outbox.entry(key)->error);
        checkOwnerOnly(outbox.filePath());

        QString error;
        QVERIFY2(m_client.server.startAgain(&error), qPrintable(error));
        QCOMPARE(outbox.entry(key)->state, State::Pending); // its retry is due a second later
        m_client.clock.advance(1s);
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(key)->state, State::Sent, timeoutMs);
        QVERIFY(outbox.entry(key)->attempts >= 2);
        const qint64 id = outbox.entry(key)->appealId;
        QCOMPARE(countAppealsWithText(text), 1);

        // The same key again answers the one appeal already stored.
        const auto replay = runOp(m_client.session, CreateAppealOperation{newAppeal(text), key});
        QVERIFY2(replay.ok(), qPrintable(replay.ok() ? QString() : replay.error().message));
        QVERIFY(replay.value().replay);
        QCOMPARE(replay.value().appeal.id, id);
        QCOMPARE(countAppealsWithText(text), 1);
        QCOMPARE(replay.value().messages.first().attachments.size(), 1);
    }

    void offlineAppealSentOnceAfterAClientRestart() {
        const QString text = u"Черновик без связи, отправленный после перезапуска."_s;
        QString key;
        {
            AppealOutbox outbox(&m_client.session); // the client's clock stands still: no retry
            outbox.open(serverUrl(), m_client.session.user().id);
            m_client.server.stop();
            key = outbox.send(newAppeal(text));
            QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(key)->state, State::Pending, timeoutMs);
        } // the client quits
        QString error;
        QVERIFY2(m_client.server.startAgain(&error), qPrintable(error));
        AppealOutbox restarted(&m_client.session);
        restarted.open(serverUrl(), m_client.session.user().id);
        QVERIFY(restarted.entry(key));
        QTRY_COMPARE_WITH_TIMEOUT(restarted.entry(key)->state, State::Sent, timeoutMs);
        QCOMPARE(countAppealsWithText(text), 1);
        restarted.retryNow(); // nothing left to send
        QCOMPARE(restarted.pendingCount(), 0);
        QCOMPARE(countAppealsWithText(text), 1);
    }

    void offlineReplySentOnce() {
        const auto created =
            runOp(m_client.session, CreateAppealOperation{newAppeal(u"Для ответа."_s), u"integration-reply-1"_s});
        QVERIFY(created.ok());
        const qint64 id = created.value().appeal.id;
        AppealOutbox outbox(&m_client.session);
        outbox.open(serverUrl(), m_client.session.user().id);
        m_client.server.stop();
        const QString key = outbox.send(NewAppealMessage{id, u"Дополнение без связи."_s, {}});
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(key)->state, State::Pending, timeoutMs);
        QString error;
        QVERIFY2(m_client.server.startAgain(&error), qPrintable(error));
        outbox.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(key)->state, State::Sent, timeoutMs);
        const auto thread = runOp(m_client.session, GetAppealOperation{id});
        QVERIFY(thread.ok());
        int copies = 0;
        for (const AppealMessage& m : thread.value().messages)
            copies += m.text == u"Дополнение без связи."_s ? 1 : 0;
        QCOMPARE(copies, 1);
    }

private:
    QString serverUrl() { return m_client.server.process().url().toString(); }

    NewAppeal newAppeal(const QString& text) {
        return NewAppeal{m_account, m_provider, u"recalculation"_s, text, {NewAttachment{u"фото.png"_s, png1x1}}};
    }

    void checkOwnerOnly(const QString& path) {
        const QFileInfo info(path);
        QVERIFY(info.exists());
        QCOMPARE(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    // How many of the account's appeals (the last year, as the list's default) have this text.
    int countAppealsWithText(const QString& text) {
        const auto list = runOp(m_client.session, ListAppealsOperation{m_account, {}, {}});
        if (!list.ok()) {
            qWarning().noquote() << list.error().message;
            return -1;
        }
        int n = 0;
        for (const Appeal& a : list.value().appeals)
            n += a.text == text ? 1 : 0;
        return n;
    }

    QTemporaryDir m_home;
    lkk::test::SignedInClient m_client;
    qint64 m_account = 0;
    qint64 m_provider = 0;
};

QTEST_GUILESS_MAIN(TestAppealsIntegration)
#include "tst_appeals.moc"
