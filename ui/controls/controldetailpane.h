#pragma once

#include "controls/controlsdata.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bulkhead::ui {

// The chosen control in full: status and explanation, the practice and how Bulkhead checks it,
// each measure with its numbers, examples and a drill-down button to the items behind it, and the
// attestation (who, when, expiry, evidence, links, files) with its history and an "Attest…"
// button. Shows what it is given; ControlsView reads nothing for it.
class ControlDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlDetailPane)

public:
    explicit ControlDetailPane(QWidget *parent = nullptr);

    void showControl(const ControlRow &row, std::int64_t now);
    void showMessage(const QString &text);
    QString controlId() const { return m_controlId; }
    QPushButton *attestButton() const { return m_attest; }
    // The drill-down buttons of the measures shown, in order (tests).
    QList<QPushButton *> evidenceButtons() const { return m_evidenceButtons; }
    // Everything the pane shows as plain text, in order (tests, accessibility).
    QString plainText() const;

Q_SIGNALS:
    void evidenceRequested(const bulkhead::EvidenceLink &link);
    void attestRequested(const QString &control);

private:
    void clear();
    QLabel *addText(const QString &text, QWidget *parent, QVBoxLayout *layout);
    QLabel *addHeading(const QString &text, QWidget *parent, QVBoxLayout *layout);
    void addMeasure(const EvidenceMeasure &m, QVBoxLayout *layout);
    void addAttestation(const ControlRow &row, std::int64_t now, QVBoxLayout *layout);

    QWidget *m_body = nullptr; // rebuilt for each control
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_attest = nullptr;
    QString m_controlId;
    QList<QPushButton *> m_evidenceButtons;
};

} // namespace bulkhead::ui
