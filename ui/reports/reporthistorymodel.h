#pragma once

#include "store/reporthistoryrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace bulkhead::ui {

// The report history (generated_reports), newest first as the repository lists it: one row per
// PDF report or export handed out, with its checksum.
class ReportHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportHistoryModel)

public:
    enum Column { WhenColumn, KindColumn, FileColumn, PagesColumn, ScopeColumn, AsOfColumn, ByColumn, Sha256Column,
                  ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1; // the file's full path

    explicit ReportHistoryModel(QObject *parent = nullptr);

    void setRows(std::vector<GeneratedReport> rows);
    const GeneratedReport &report(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "PDF", "OpenVEX", ".trivyignore.yaml", "SARIF", "CSV", "JSON"; other kinds as stored.
    static QString kindText(const std::string &kind);

private:
    std::vector<GeneratedReport> m_rows;
};

} // namespace bulkhead::ui
