#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace bulkhead::ui {

// The paging machinery FindingsListModel and ImagesListModel share, so that it exists once: a
// table whose rows are read from the store page by page on a loader thread of its own (the GUI
// thread never runs SQL, and a million rows are never all in memory).
//
// It owns the loader thread (the Loader, a StoreReader front, lives there; it is interrupted and
// joined on destruction), the request generations (a new filter or sort outdates every read in
// flight: the loader interrupts it inside SQLite, and late answers are dropped here), the first
// page + count sequence (the first page is shown as soon as it is read, the exact count follows;
// a short first page is the count), and a window of at most `maxPages` pages: a page is read when
// the view first asks for one of its rows, and the pages loaded longest ago are dropped.
//
// The model keeps what is its own: columns, roles, its filter and sort, and the reads (Reads,
// built from a copy of them per request). Derived is the model (CRTP, because a template cannot
// be a Q_OBJECT): it declares the signals loadingChanged(bool), pageLoaded(int, int) and
// errorOccurred(QString), and firstPageArrived() / countArrived(qint64), which emit its own
// firstPageShown / counted (their arguments differ between the models).
template <typename Derived, typename Loader, typename Row>
class PagedTableModel : public QAbstractTableModel
{
public:
    // The store reads of one request, filter and sort copied in when it is made; they run on the
    // loader's thread. Each returns false with `error` set when the store failed, false with an
    // empty error when the read was outdated. `knownCount` is the exact row count, -1 until known.
    struct Reads
    {
        std::function<bool(Loader &, quint64 generation, qint64 offset, int limit, qint64 knownCount,
                           std::vector<Row> &rows, QString &error)>
            page;
        std::function<bool(Loader &, quint64 generation, qint64 &total, QString &error)> count;
    };

    qint64 totalCount() const { return m_total; }
    bool countExact() const { return m_countExact; }
    bool isLoading() const { return m_loading; }
    // The row's data if its page is in memory.
    const Row *rowAt(int row) const
    {
        if (row < 0 || row >= m_rows)
            return nullptr;
        const auto it = m_pages.constFind(row / m_pageSize);
        if (it == m_pages.constEnd())
            return nullptr;
        const std::size_t offset = static_cast<std::size_t>(row % m_pageSize);
        return offset < it->size() ? &(*it)[offset] : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows; }

protected:
    PagedTableModel(Loader *loader, const QString &threadName, int pageSize, int maxPages, QObject *parent)
        : QAbstractTableModel(parent), m_thread(std::make_unique<QThread>()), m_loader(loader),
          m_pageSize(pageSize), m_maxPages(maxPages)
    {
        m_thread->setObjectName(threadName);
        m_loader->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_loader, &QObject::deleteLater);
        m_thread->start();
    }

    ~PagedTableModel() override
    {
        m_loader->latestGeneration().store(~quint64(0)); // interrupt whatever runs
        m_thread->quit();
        m_thread->wait();
    }

    Loader *loader() const { return m_loader; }
    quint64 generation() const { return m_generation; }

    // Runs `work` on the loader's thread, after what is queued there.
    template <typename Work>
    void post(Work &&work) const
    {
        QMetaObject::invokeMethod(m_loader, std::forward<Work>(work), Qt::QueuedConnection);
    }

    // A new request (filter, sort or store changed): outdates the reads in flight, reads the first
    // page, then the count. The rows shown stay until the first page arrives.
    void startRequest(Reads reads)
    {
        const quint64 generation = ++m_generation;
        m_loader->latestGeneration().store(generation);
        setLoading(true);
        m_reads = std::make_shared<const Reads>(std::move(reads));
        const std::shared_ptr<const Reads> r = m_reads;
        Loader *loader = m_loader;
        const int pageSize = m_pageSize;
        QPointer<PagedTableModel> self(this);
        post([loader, self, generation, r, pageSize] {
            std::vector<Row> rows;
            QString error;
            if (!r->page(*loader, generation, 0, pageSize, -1, rows, error) && error.isEmpty())
                return; // outdated
            // Decided before `rows` is moved away (a moved-from vector is empty).
            const bool complete = static_cast<int>(rows.size()) < pageSize;
            QMetaObject::invokeMethod(self, [self, generation, rows = std::move(rows), error]() mutable {
                if (self)
                    self->onFirstPage(generation, std::move(rows), error);
            }, Qt::QueuedConnection);
            if (!error.isEmpty() || complete)
                return; // the page holds every match: no count needed
            qint64 total = 0;
            if (!r->count(*loader, generation, total, error) && error.isEmpty())
                return;
            QMetaObject::invokeMethod(self, [self, generation, total, error] {
                if (self)
                    self->onCount(generation, total, error);
            }, Qt::QueuedConnection);
        });
    }

    // For acting on a selection: splits row ranges (first, last) into the ids of the rows whose
    // pages are in memory and the (offset, count) runs that must still be read from the store.
    template <typename IdOf>
    void splitSelection(const QList<QPair<int, int>> &ranges, IdOf idOf, std::vector<std::int64_t> &known,
                        std::vector<std::pair<qint64, qint64>> &missing) const
    {
        for (const auto &[first, last] : ranges) {
            int row = first;
            while (row <= last) {
                if (const Row *r = rowAt(row)) {
                    known.push_back(idOf(*r));
                    ++row;
                    continue;
                }
                int end = row;
                while (end + 1 <= last && !rowAt(end + 1))
                    ++end;
                missing.emplace_back(row, end - row + 1);
                row = end + 1;
            }
        }
    }

    // The common part of sort(): takes the column's store order (none: the store cannot order by
    // that column, and the view puts its indicator back) and says whether it differs from the
    // current one, which it then replaces. The caller starts a request when it returns true.
    template <typename Key>
    bool takeSortOrder(std::optional<Key> key, Qt::SortOrder order, Key &current, bool &descending) const
    {
        if (!key)
            return false;
        const bool desc = order == Qt::DescendingOrder;
        if (*key == current && desc == descending && m_generation > 0)
            return false;
        current = *key;
        descending = desc;
        return true;
    }

    // rowAt(), or null after asking for the row's page (data() is const, hence the mutable cache).
    const Row *fetchRow(int row) const
    {
        if (const Row *r = rowAt(row))
            return r;
        requestPage(row / m_pageSize);
        return nullptr;
    }

private:
    Derived *derived() { return static_cast<Derived *>(this); }

    void setLoading(bool loading)
    {
        if (loading == m_loading)
            return;
        m_loading = loading;
        Q_EMIT derived()->loadingChanged(loading);
    }

    void onFirstPage(quint64 generation, std::vector<Row> rows, QString error)
    {
        if (generation != m_generation)
            return;
        if (!error.isEmpty()) {
            setLoading(false);
            Q_EMIT derived()->errorOccurred(error);
            return;
        }
        beginResetModel();
        m_pages.clear();
        m_requested.clear();
        m_recent = {0};
        m_rows = static_cast<int>(rows.size());
        m_total = m_rows;
        m_countExact = m_rows < m_pageSize;
        m_pages.insert(0, std::move(rows));
        endResetModel();
        if (m_countExact)
            setLoading(false);
        derived()->firstPageArrived();
        if (m_countExact)
            derived()->countArrived(m_total);
    }

    void onCount(quint64 generation, qint64 total, QString error)
    {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!error.isEmpty()) {
            Q_EMIT derived()->errorOccurred(error);
            return;
        }
        m_total = total;
        m_countExact = true;
        // A QTableView addresses rows with int: beyond that the list is cut (the count says so).
        const int rows = static_cast<int>(std::min<qint64>(total, std::numeric_limits<int>::max() - 1));
        if (rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        } else if (rows < m_rows) {
            beginRemoveRows({}, rows, m_rows - 1);
            m_rows = rows;
            endRemoveRows();
        }
        derived()->countArrived(total);
    }

    void requestPage(int page) const
    {
        if (m_requested.contains(page) || m_pages.contains(page) || !m_reads)
            return;
        m_requested.insert(page);
        const quint64 generation = m_generation;
        const std::shared_ptr<const Reads> r = m_reads;
        const qint64 known = m_countExact ? m_total : -1;
        const int pageSize = m_pageSize;
        Loader *loader = m_loader;
        QPointer<PagedTableModel> self(const_cast<PagedTableModel *>(this));
        post([loader, self, generation, r, page, known, pageSize] {
            std::vector<Row> rows;
            QString error;
            if (!r->page(*loader, generation, qint64(page) * pageSize, pageSize, known, rows, error) && error.isEmpty())
                return;
            QMetaObject::invokeMethod(self, [self, generation, page, rows = std::move(rows), error]() mutable {
                if (self)
                    self->onPage(generation, page, std::move(rows), error);
            }, Qt::QueuedConnection);
        });
    }

    void onPage(quint64 generation, int page, std::vector<Row> rows, QString error)
    {
        if (generation != m_generation)
            return;
        m_requested.remove(page);
        if (!error.isEmpty()) {
            Q_EMIT derived()->errorOccurred(error);
            return;
        }
        m_pages.insert(page, std::move(rows));
        m_recent.removeAll(page);
        m_recent.append(page);
        // Drop the pages loaded longest ago, never the one that just came (the view asked for it).
        while (m_pages.size() > m_maxPages && m_recent.size() > 1)
            m_pages.remove(m_recent.takeFirst());
        const int first = page * m_pageSize;
        const int last = std::min(m_rows, first + m_pageSize) - 1;
        if (last >= first) {
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
            Q_EMIT derived()->pageLoaded(first, last);
        }
    }

    std::unique_ptr<QThread> m_thread;
    Loader *m_loader; // lives on m_thread
    const int m_pageSize;
    const int m_maxPages;
    std::shared_ptr<const Reads> m_reads; // of the current generation, for the pages that follow
    quint64 m_generation = 0;
    qint64 m_total = 0;
    int m_rows = 0; // rows the view sees (≤ m_total until the count arrives)
    bool m_countExact = false;
    bool m_loading = false;
    mutable QHash<int, std::vector<Row>> m_pages;
    mutable QSet<int> m_requested;
    mutable QList<int> m_recent; // pages in memory, most recently loaded last
};

} // namespace bulkhead::ui
