#pragma once

#include <QFrame>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lkk {

// After the second factor is enrolled: the ten recovery codes, shown once, with «Скопировать» and
// «Сохранить в файл…»; «Продолжить» waits for «Я сохранил коды».
class RecoveryCodesPage : public QFrame {
    Q_OBJECT
public:
    explicit RecoveryCodesPage(QWidget* parent = nullptr);

    // New codes, nothing copied or ticked yet; `account` (the e-mail) names them in the saved file.
    void setCodes(const QStringList& codes, const QString& account);
    void focusCodes();
    // Forgets the codes (after «Продолжить», or when the sign-in ends otherwise).
    void clear();

signals:
    void continued();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void copyCodes();
    void saveCodes();
    QString fileText() const;
    void retranslate();

    QLabel* m_title;
    QLabel* m_intro;
    QPlainTextEdit* m_codesView;
    QPushButton* m_copy;
    QPushButton* m_save;
    QLabel* m_status;
    QCheckBox* m_saved;
    QPushButton* m_continue;
    QStringList m_codes;
    QString m_account;
};

} // namespace lkk
