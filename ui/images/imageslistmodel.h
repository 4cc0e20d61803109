#pragma once

#include "images/imagesloader.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace bulkhead::ui {

// The collected images under a filter and a sort, for the Images table: rows are read page by page
// on a worker thread (ImagesLoader) as the view shows them, never the whole table, the way
// FindingsListModel reads findings. Filtering and sorting happen in SQLite (the model is its own
// proxy). A filter or sort change shows its first page as soon as it is read; the count follows.
class ImagesListModel final : public QAbstractTableModel
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

    qint64 totalCount() const { return m_total; }
    bool countExact() const { return m_countExact; }
    bool isLoading() const { return m_loading; }
    const ImageRow *rowAt(int row) const;
    // The registry sources, read on the worker; `done` runs on the GUI thread.
    void loadSources(std::function<void(std::vector<SourceRow>, QString)> done);

    int rowCount(const QModelIndex &parent = {}) const override;
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
    void request();
    void requestPage(int page) const;
    void onFirstPage(quint64 generation, std::vector<ImageRow> rows, QString error);
    void onCount(quint64 generation, qint64 total, QString error);
    void onPage(quint64 generation, int page, std::vector<ImageRow> rows, QString error);
    void setLoading(bool loading);
    ImageFilter storeFilter() const; // m_filter with the scan-age threshold applied
    QVariant display(const ImageRow &r, int column) const;
    bool scanStale(const ImageRow &r) const;
    template <typename Work>
    void post(Work &&work) const;

    ImageFilter m_filter;
    ImageFilter m_storeFilter; // what the current generation asks the store
    ImageSortKey m_sortKey = ImageSortKey::Repository;
    bool m_descending = false;
    int m_scanMaxAgeDays = 7;
    quint64 m_generation = 0;
    qint64 m_total = 0;
    int m_rows = 0;
    bool m_countExact = false;
    bool m_loading = false;
    mutable QHash<int, std::vector<ImageRow>> m_pages;
    mutable QSet<int> m_requested;
    mutable QList<int> m_recent; // pages, most recently loaded last
    std::unique_ptr<QThread> m_thread;
    ImagesLoader *m_loader = nullptr; // lives on m_thread
};

} // namespace bulkhead::ui
