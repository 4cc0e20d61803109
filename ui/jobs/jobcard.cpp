#include "jobs/jobcard.h"

#include "jobs/jobtext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace bulkhead::ui {

namespace {
// The bar's scale: bytes can exceed an int, so progress is shown in thousandths.
constexpr int kScale = 1000;
} // namespace

JobCard::JobCard(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true); // a narrow panel wraps titles rather than cutting the buttons off
    m_state = new QLabel(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop this import; nothing of it is stored"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setToolTip(tr("Remove this finished job from the list"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state);
    header->addWidget(m_cancel);
    header->addWidget(m_clear);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_errorsToggle = new QToolButton(this);
    m_errorsToggle->setCheckable(true);
    m_errorsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_errorsToggle->setAutoRaise(true);
    m_errors = new QPlainTextEdit(this);
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long paths wrap: the reason stays in view
    m_errors->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    connect(m_errorsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_errors->setVisible(open);
        m_errorsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_errorsToggle);
    layout->addWidget(m_errors);

    connect(m_cancel, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_id); });
    connect(m_clear, &QPushButton::clicked, this, [this] { Q_EMIT clearRequested(m_id); });
}

void JobCard::update(const JobRecord &job)
{
    m_id = job.id;
    m_title->setText(jobtext::title(job));
    m_title->setToolTip(job.inputs.join(QLatin1Char('\n')));
    m_state->setText(jobtext::state(job));
    m_cancel->setToolTip(job.kind == JobRecord::Kind::Collect
                             ? tr("Stop this collection; sources not finished are recorded as cancelled")
                             : tr("Stop this import; nothing of it is stored"));
    m_cancel->setVisible(!job.isFinished());
    m_cancel->setEnabled(job.canCancel());
    m_clear->setVisible(job.isFinished());
    updateProgress(job);

    const QString result = jobtext::result(job);
    m_result->setText(result);
    m_result->setVisible(!result.isEmpty());
    const bool bad = job.state == JobRecord::State::Failed || job.state == JobRecord::State::Partial;
    QPalette pal = palette();
    if (bad) {
        // A dark red, readable on the card's base colour. Text as well as WindowText: on a Base
        // background a label paints with Text.
        const QColor red(0xb0, 0x1c, 0x1c);
        pal.setColor(QPalette::WindowText, red);
        pal.setColor(QPalette::Text, red);
    }
    m_result->setPalette(pal);
    updateErrors(job);
}

void JobCard::updateProgress(const JobRecord &job)
{
    m_progress->setVisible(!job.isFinished());
    if (job.filesTotal < 0 || job.bytesTotal <= 0) {
        // Total not known yet (or a queued job): a busy bar rather than a bar stuck at 0.
        m_progress->setRange(0, job.state == JobRecord::State::Queued ? kScale : 0);
        m_progress->setValue(0);
    } else {
        m_progress->setRange(0, kScale);
        m_progress->setValue(static_cast<int>(job.bytesDone * kScale / job.bytesTotal));
    }
    m_progress->setFormat(jobtext::progress(job));
}

void JobCard::updateErrors(const JobRecord &job)
{
    m_errorsToggle->setVisible(!job.fileErrors.isEmpty());
    if (job.fileErrors.isEmpty()) {
        m_errors->setVisible(false);
        return;
    }
    if (job.fileErrors.size() != m_shownErrors) {
        m_errors->setPlainText(jobtext::fileErrors(job));
        m_errorsToggle->setText(jobtext::errorsHeading(job));
        // Open at first so that the reason is seen; the user can fold it away.
        if (m_shownErrors <= 0) {
            m_errorsToggle->setChecked(true);
            m_errors->setVisible(true);
            m_errorsToggle->setArrowType(Qt::DownArrow);
        }
        m_shownErrors = job.fileErrors.size();
    }
}

} // namespace bulkhead::ui
