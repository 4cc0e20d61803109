#include "images/imagesfilterbar.h"

#include "findings/multiselectbutton.h"
#include "images/imagetext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace bulkhead::ui {

namespace {

// A three-way combo (any / yes / no) for an optional<bool> criterion.
QComboBox *triState(const QString &any, const QString &yes, const QString &no, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(any);
    combo->addItem(yes, true);
    combo->addItem(no, false);
    return combo;
}

std::optional<bool> triValue(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

void setTriValue(QComboBox *combo, std::optional<bool> value)
{
    combo->setCurrentIndex(!value ? 0 : *value ? 1 : 2);
}

} // namespace

ImagesFilterBar::ImagesFilterBar(QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("imagesSearch"));
    m_search->setPlaceholderText(tr("Search repository, tag or digest  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_source = new MultiSelectButton(tr("Source"), this);
    m_signature = new MultiSelectButton(tr("Signature"), this);
    QList<QPair<QString, QVariant>> states;
    for (SignatureState s : {SignatureState::Unsigned, SignatureState::SignedNotVerified, SignatureState::Verified,
                             SignatureState::Invalid})
        states.append({imagetext::signature(s), static_cast<int>(s)});
    m_signature->setChoices(states);
    m_root = triState(tr("User: any"), tr("Runs as root"), tr("Non-root user"), this);
    m_sbom = triState(tr("SBOM: any"), tr("Has an SBOM"), tr("No SBOM"), this);
    m_coverage = triState(tr("Scan: any"), tr("Scanned recently"), tr("Not scanned recently"), this);
    m_coverage->setToolTip(tr("Whether a vulnerability scan of the image (by digest) younger than the scan age "
                              "threshold in Settings was imported (BLD-2); with the threshold Off, any scan counts"));
    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear filters"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    for (QWidget *w : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_signature),
                       static_cast<QWidget *>(m_root), static_cast<QWidget *>(m_sbom),
                       static_cast<QWidget *>(m_coverage), static_cast<QWidget *>(clear)})
        layout->addWidget(w);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ImagesFilterBar::filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_debounce->start();
    });
    for (MultiSelectButton *b : {m_source, m_signature})
        connect(b, &MultiSelectButton::selectionChanged, this, &ImagesFilterBar::changed);
    for (QComboBox *c : {m_root, m_sbom, m_coverage})
        connect(c, &QComboBox::currentIndexChanged, this, &ImagesFilterBar::changed);
    connect(clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged();
    });
}

void ImagesFilterBar::changed()
{
    if (m_updating)
        return;
    m_debounce->stop();
    Q_EMIT filterChanged();
}

ImageFilter ImagesFilterBar::filter() const
{
    ImageFilter f;
    f.text = m_search->text().trimmed().toStdString();
    for (const QVariant &v : m_source->selected())
        f.sourceIds.push_back(v.toLongLong());
    for (const QVariant &v : m_signature->selected())
        f.signature.push_back(v.toInt()); // SignatureState values
    f.root = triValue(m_root);
    f.hasSbom = triValue(m_sbom);
    f.covered = triValue(m_coverage);
    return f;
}

void ImagesFilterBar::setFilter(const ImageFilter &f)
{
    m_updating = true;
    m_search->setText(QString::fromStdString(f.text));
    QVariantList sources;
    for (std::int64_t id : f.sourceIds)
        sources << QVariant::fromValue<qint64>(id);
    m_source->setSelected(sources);
    QVariantList states;
    for (int s : f.signature)
        states << s;
    m_signature->setSelected(states);
    setTriValue(m_root, f.root);
    setTriValue(m_sbom, f.hasSbom);
    setTriValue(m_coverage, f.covered);
    m_updating = false;
}

void ImagesFilterBar::setSources(const std::vector<SourceRow> &sources)
{
    QList<QPair<QString, QVariant>> choices;
    for (const SourceRow &s : sources) {
        if (s.kind == "registry") // a cluster source has no images
            choices.append({QString::fromStdString(s.name), QVariant::fromValue<qint64>(s.id)});
    }
    m_updating = true;
    m_source->setChoices(choices);
    m_updating = false;
}

} // namespace bulkhead::ui
