#include "controls/controldetailpane.h"

#include "controls/controlstext.h"
#include "controls/measurestatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString badgeHtml(ControlStatus status)
{
    return QStringLiteral("<span style=\"background:%1; color:white;\">&nbsp;%2&nbsp;</span>")
        .arg(controlstext::statusColor(status).name(), controlstext::statusLabel(status).toHtmlEscaped());
}

QString sizeText(std::int64_t bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

ControlDetailPane::ControlDetailPane(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 6, 8, 6);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("controlDetailMessage"));
    outer->addWidget(m_message);
    m_body = new QWidget(this);
    m_layout = new QVBoxLayout(m_body);
    m_layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_body);
    auto *buttons = new QHBoxLayout;
    m_attest = new QPushButton(tr("Attest…"), this);
    m_attest->setObjectName(QStringLiteral("controlAttestButton"));
    m_attest->setToolTip(tr("Record what a person checked for this control: status, evidence, links or files, "
                            "and until when it holds"));
    m_attest->hide();
    buttons->addWidget(m_attest);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(1);
    connect(m_attest, &QPushButton::clicked, this, [this] {
        if (!m_controlId.isEmpty())
            Q_EMIT attestRequested(m_controlId);
    });
    showMessage(tr("Choose a control to see why it has its status and the evidence behind it."));
}

void ControlDetailPane::clear()
{
    m_evidenceButtons.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of the pane at once (plainText, findChildren), deleted once its events are done.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

void ControlDetailPane::showMessage(const QString &text)
{
    clear();
    m_controlId.clear();
    m_message->setText(text);
    m_message->show();
    m_attest->hide();
}

QLabel *ControlDetailPane::addText(const QString &text, QWidget *parent, QVBoxLayout *layout)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

QLabel *ControlDetailPane::addHeading(const QString &text, QWidget *parent, QVBoxLayout *layout)
{
    QLabel *label = addText(text, parent, layout);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

void ControlDetailPane::showControl(const ControlRow &row, std::int64_t now)
{
    clear();
    m_message->hide();
    const ControlDefinition &d = row.definition;
    const ControlAssessment &a = row.assessment;
    m_controlId = q(d.id);

    auto *title = new QLabel(m_body);
    title->setObjectName(QStringLiteral("controlDetailTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(QStringLiteral("<b>%1</b> · %2 &nbsp;%3")
                       .arg(m_controlId.toHtmlEscaped(), q(d.title).toHtmlEscaped(), badgeHtml(a.status)));
    title->setAccessibleName(tr("%1 %2: %3").arg(m_controlId, q(d.title), controlstext::statusLabel(a.status)));
    m_layout->addWidget(title);
    addText(controlstext::areaTitle(d.area) + tr(" · weight %1 in the score").arg(d.weight), m_body, m_layout);
    QLabel *explanation = addText(q(a.explanation), m_body, m_layout);
    explanation->setObjectName(QStringLiteral("controlDetailExplanation"));

    addHeading(tr("Practice"), m_body, m_layout);
    addText(q(d.practice), m_body, m_layout);
    addHeading(tr("How Bulkhead assesses it"), m_body, m_layout);
    addText(q(d.assessment), m_body, m_layout);

    addHeading(tr("Evidence"), m_body, m_layout);
    if (a.measures.empty())
        addText(tr("Nothing Bulkhead collects speaks to this control; only an attestation can."), m_body, m_layout);
    for (const EvidenceMeasure &m : a.measures)
        addMeasure(m, m_layout);

    addAttestation(row, now, m_layout);
    m_attest->show();
}

void ControlDetailPane::addMeasure(const EvidenceMeasure &m, QVBoxLayout *layout)
{
    auto *box = new QWidget(m_body);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(12, 2, 0, 4);
    const ControlStatus status = measureStatus(m);
    auto *head = new QLabel(box);
    head->setTextFormat(Qt::RichText);
    head->setWordWrap(true);
    head->setText(QStringLiteral("%1 &nbsp;%2 — %3")
                      .arg(badgeHtml(status), q(m.label).toHtmlEscaped(), controlstext::measureSummary(m).toHtmlEscaped()));
    head->setAccessibleName(tr("%1: %2, %3").arg(q(m.label), controlstext::statusLabel(status), controlstext::measureSummary(m)));
    boxLayout->addWidget(head);
    if (!m.examples.empty()) {
        QStringList examples;
        for (const std::string &e : m.examples)
            examples << q(e);
        addText(tr("For example: %1").arg(examples.join(QStringLiteral(", "))), box, boxLayout);
    }
    if (!m.detail.empty())
        addText(q(m.detail), box, boxLayout);
    if (!m.link.page.empty()) {
        auto *button = new QPushButton(controlstext::linkButtonText(m.link), box);
        button->setObjectName(QStringLiteral("evidenceButton-%1").arg(q(m.id)));
        button->setToolTip(tr("The items behind \"%1\" (%2)").arg(q(m.label), q(m.link.filter)));
        auto *row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch(1);
        boxLayout->addLayout(row);
        const EvidenceLink link = m.link;
        connect(button, &QPushButton::clicked, this, [this, link] { Q_EMIT evidenceRequested(link); });
        m_evidenceButtons << button;
    }
    layout->addWidget(box);
}

void ControlDetailPane::addAttestation(const ControlRow &row, std::int64_t now, QVBoxLayout *layout)
{
    const ControlDefinition &d = row.definition;
    const ControlAssessment &a = row.assessment;
    addHeading(tr("Attestation"), m_body, layout);
    switch (d.attestation) {
    case AttestationMode::Fallback:
        addText(tr("An attestation stands in while the evidence cannot assess this control."), m_body, layout);
        break;
    case AttestationMode::Alternative:
        addText(tr("A valid attestation suffices on its own, even when the evidence fails (Bulkhead cannot see all "
                   "of it)."),
                m_body, layout);
        break;
    case AttestationMode::Required:
        addText(tr("Part of this control cannot be seen by Bulkhead: it needs an attestation as well as the "
                   "evidence."),
                m_body, layout);
        break;
    }
    if (!d.attestationHint.empty())
        addText(tr("An attestation must show: %1").arg(q(d.attestationHint)), m_body, layout);
    if (!a.attestation) {
        addText(tr("No attestation recorded."), m_body, layout);
        return;
    }
    const Attestation &t = *a.attestation;
    QString state;
    if (t.status == AttestationStatus::Withdrawn)
        state = tr("withdrawn");
    else if (a.attestationExpired || now >= t.expiresAt)
        state = tr("expired: not counted");
    else if (a.attestationApplied)
        state = tr("counted in the status");
    else
        state = tr("valid, not needed for the status");
    QLabel *who = addText(tr("%1 by %2 on %3, expires %4 (%5)")
                              .arg(controlstext::attestationStatusLabel(t.status), q(t.attestedBy),
                                   controlstext::dateText(t.attestedAt), controlstext::dateText(t.expiresAt), state),
                          m_body, layout);
    who->setObjectName(QStringLiteral("controlDetailAttestation"));
    if (!t.evidence.empty())
        addText(tr("Evidence: %1").arg(q(t.evidence)), m_body, layout);
    for (const std::string &link : t.links) {
        auto *label = new QLabel(m_body);
        label->setTextFormat(Qt::RichText);
        label->setOpenExternalLinks(true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(q(link).toHtmlEscaped(), q(link).toHtmlEscaped()));
        layout->addWidget(label);
    }
    for (const AttestationFile &f : t.files)
        addText(tr("File %1 (%2), SHA-256 %3").arg(q(f.name), sizeText(f.size), q(f.sha256)), m_body, layout);
    if (row.history.size() > 1) {
        addHeading(tr("Earlier attestations"), m_body, layout);
        for (std::size_t i = 1; i < row.history.size(); ++i) {
            const Attestation &h = row.history[i];
            addText(tr("%1: %2 by %3, expires %4 — %5")
                        .arg(controlstext::dateText(h.attestedAt), controlstext::attestationStatusLabel(h.status),
                             q(h.attestedBy), controlstext::dateText(h.expiresAt), q(h.evidence)),
                    m_body, layout);
        }
    }
}

QString ControlDetailPane::plainText() const
{
    QStringList parts;
    if (m_message->isVisibleTo(this))
        parts << m_message->text();
    for (const QLabel *label : m_body->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText)
            parts << label->accessibleName();
        else
            parts << label->text();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace bulkhead::ui
