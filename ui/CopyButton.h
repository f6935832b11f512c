#pragma once

#include <QToolButton>

namespace lkk {

// A small button beside a figure the operator reads out over the phone: puts `text()` on the
// clipboard and says so in its tooltip. The accessible name says what it copies («Скопировать
// номер лицевого счёта»), so a screen reader tells the buttons apart.
class CopyButton : public QToolButton {
    Q_OBJECT
public:
    explicit CopyButton(QWidget* parent = nullptr);

    void setCopyText(const QString& text) { m_text = text; }
    QString copyText() const { return m_text; }
    // What it copies, for the accessible name and tooltip: tr("the account number").
    void setWhat(const QString& what);

signals:
    void copied(const QString& text);

private:
    void copy();

    QString m_text;
};

} // namespace lkk
