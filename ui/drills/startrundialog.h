#pragma once

#include <QDialog>

#include <cstdint>
#include <string>
#include <vector>

class QDateEdit;
class QLineEdit;

namespace bulkhead::ui {

// "Start run…": the day the drill is held (today by default) and who takes part (comma-separated).
class StartRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartRunDialog)

public:
    StartRunDialog(const QString &drillName, std::int64_t now, QWidget *parent = nullptr);

    std::int64_t heldOn() const; // local midnight of the chosen day
    std::vector<std::string> participants() const;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *participantsField() const { return m_participants; }

private:
    QDateEdit *m_date = nullptr;
    QLineEdit *m_participants = nullptr;
};

} // namespace bulkhead::ui
