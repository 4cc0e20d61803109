#pragma once

#include "common/pagedtablemodel.h"
#include "images/imagesloader.h"

#include <functional>
#include <optional>
#include <vector>

namespace bulkhead::ui {

class ImagesListModel;
using ImagesPagedModel = PagedTableModel<ImagesListModel, ImagesLoader, ImageRow>;

// The collected images under a filter and a sort, for the Images table: rows are read page by page
// on a worker thread (ImagesLoader) as the view shows them, never the whole table, by the same
// PagedTableModel as FindingsListModel. Filtering and sorting happen in SQLite (the model is its
// own proxy). A filter or sort change shows its first page as soon as it is read; the count follows.
class ImagesListModel final : public ImagesPagedModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagesListModel)

public:
    // The judgement columns come first, so that they are in view beside the detail pane; the
    // identity details follow. The platform is beside the tags: the images of a multi-platform
    // tag share repository and tags and differ only there.
    enum Column {
        RepositoryColumn,
        TagsColumn,
        PlatformColumn,
        SignatureColumn,
        ScanColumn,
        VulnerabilitiesColumn,
        PostureColumn,
        SbomColumn,
        UserColumn,
        AgeColumn,
        SizeColumn,
        LayersColumn,
        DigestColumn,
        SourceColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        ImageIdRole = Qt::UserRole + 1, // qint64
        SignatureRole,                  // int (SignatureState)
        ScanStaleRole,                  // bool: never scanned, or the newest scan is older than the threshold
        RootRole,                       // bool: runs as root
        VulnerabilityCountsRole,        // QList<int>{critical, high, medium, low}
        LoadedRole,                     // bool: false while the row's page is being read
    };
    static constexpr int kPageSize = 200; // ImageRepository answers at most 500 rows per call

    explicit ImagesListModel(const QString &storePath, QObject *parent = nullptr);
    ~ImagesListModel() override;

    void setFilter(const ImageFilter &filter);
    const ImageFilter &filter() const { return m_filter; }
    ImageSortKey sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_descending; }
    // Images whose newest scan is older than this are shown as not covered (Settings → posture),
    // and the "Scanned" filter keeps only images scanned within it; 0 (Off): any scan counts.
    void setScanMaxAgeDays(int days);
    void reload(); // the store changed (a collection finished); keeps the rows until new ones arrive
    // The filter as the store reads it: m_filter with the scan-age threshold applied.
    ImageFilter storeFilter() const;

    // The registry sources, read on the worker; `done` runs on the GUI thread.
    void loadSources(std::function<void(std::vector<SourceRow>, QString)> done);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    static std::optional<ImageSortKey> sortKeyForColumn(int column);

Q_SIGNALS:
    void firstPageShown();
    void counted(qint64 total);
    void loadingChanged(bool loading);
    void pageLoaded(int firstRow, int lastRow);
    void errorOccurred(const QString &message);

private:
    friend ImagesPagedModel;
    void firstPageArrived() { Q_EMIT firstPageShown(); }
    void countArrived(qint64 total) { Q_EMIT counted(total); }
    void request();
    QVariant display(const ImageRow &r, int column) const;
    bool scanStale(const ImageRow &r) const;

    ImageFilter m_filter;
    ImageSortKey m_sortKey = ImageSortKey::Repository;
    bool m_descending = false;
    int m_scanMaxAgeDays = 7;
};

} // namespace bulkhead::ui
