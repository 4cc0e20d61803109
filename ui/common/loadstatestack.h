#pragma once

#include <QStackedWidget>

class QLabel;
class QPushButton;

namespace bulkhead::ui {

// The pages of a view that loads off the GUI thread (Overview, Weekly review): "reading…" with a
// busy bar, a centred message for "nothing yet" and one for what went wrong (with Try again), and
// the content itself in a scroll area. The view says which one shows.
class LoadStateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStateStack)

public:
    enum class State { Loading, Empty, Error, Ready };

    // Takes `content` (wrapped in a frameless scroll area).
    LoadStateStack(const QString &loadingText, const QString &emptyTitle, const QString &errorTitle, QWidget *content,
                   QWidget *parent = nullptr);

    void showState(State state);
    State state() const { return m_state; }
    QLabel *emptyText() const { return m_emptyText; }
    QLabel *errorText() const { return m_errorText; } // plain text, selectable
    QPushButton *retryButton() const { return m_retry; }

private:
    QWidget *messagePage(const QString &title, QLabel *&body);

    State m_state = State::Loading;
    QWidget *m_loading = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_error = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_errorText = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace bulkhead::ui
