#pragma once

#include "images/imagesloader.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;

namespace bulkhead::ui {

class MultiSelectButton;

// The Images view's filter controls, collected into an ImageFilter: text (repository, tag,
// digest), source, signature state, root user, SBOM and scan coverage. Typing is debounced so a
// search runs once per pause, not per key, as in the findings filter bar.
class ImagesFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesFilterBar)

public:
    explicit ImagesFilterBar(QWidget *parent = nullptr);

    ImageFilter filter() const;
    void setFilter(const ImageFilter &filter);
    void setSources(const std::vector<SourceRow> &sources);

    QLineEdit *searchField() const { return m_search; }
    MultiSelectButton *signatureButton() const { return m_signature; }
    QComboBox *rootCombo() const { return m_root; }
    QComboBox *sbomCombo() const { return m_sbom; }
    QComboBox *coverageCombo() const { return m_coverage; }

Q_SIGNALS:
    void filterChanged();

private:
    void changed();

    QLineEdit *m_search = nullptr;
    MultiSelectButton *m_source = nullptr;
    MultiSelectButton *m_signature = nullptr;
    QComboBox *m_root = nullptr;
    QComboBox *m_sbom = nullptr;
    QComboBox *m_coverage = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_updating = false;
};

} // namespace bulkhead::ui
