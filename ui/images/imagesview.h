#pragma once

#include "store/findingfilter.h"
#include "store/imagerepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace bulkhead::ui {

class ImageDetailPane;
class ImagesFilterBar;
class ImagesListModel;
class ListExporter;

// The Images page: filter bar, the paged table of collected images (repository, tags, digest,
// user, age, size, layers, signature, SBOM, scan coverage, vulnerability and posture counts) and
// the detail pane. Until a registry source exists it shows how to add one instead. Every store
// read runs off the GUI thread (ImagesListModel, ImageDetailPane).
class ImagesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesView)

public:
    explicit ImagesView(const QString &storePath, QWidget *parent = nullptr);
    ~ImagesView() override;

    ImagesListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ImagesFilterBar *filterBar() const { return m_filterBar; }
    ImageDetailPane *detailPane() const { return m_detail; }
    QPushButton *addRegistryButton() const { return m_addButton; }
    // "Export…": the images of the current filter and sort as CSV or JSON.
    ListExporter *exporter() const { return m_exporter; }
    bool isEmptyStateShown() const;
    int sourceCount() const { return m_sourceCount; }

public Q_SLOTS:
    void refresh(); // the store changed (a collection finished, a source was added) or settings changed
    void focusSearch();
    // Replaces the filter (a control's drill-down: "unsigned images", "images without an SBOM").
    void showFilter(const bulkhead::ImageRepository::ImageFilter &filter);

Q_SIGNALS:
    void addRegistryRequested();
    void collectRequested();
    void findingsRequested(const bulkhead::FindingFilter &filter);
    void sourcesLoaded(int count); // after each refresh, when the sources are known

private:
    QWidget *createEmptyState();
    void loadSources();
    void applyThresholds();
    void updateSummary();
    void saveLayout();

    ImagesFilterBar *m_filterBar = nullptr;
    ImagesListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    ImageDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_collectButton = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ListExporter *m_exporter = nullptr;
    int m_sourceCount = -1; // unknown until read
};

} // namespace bulkhead::ui
