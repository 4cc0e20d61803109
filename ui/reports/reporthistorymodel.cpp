#include "reports/reporthistorymodel.h"

#include "i18n/localeformat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace bulkhead::ui {

namespace {

QString timeText(std::int64_t t)
{
    return t > 0 ? i18n::localDateTime(t) : QString();
}

} // namespace

ReportHistoryModel::ReportHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportHistoryModel::setRows(std::vector<GeneratedReport> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportHistoryModel::kindText(const std::string &kind)
{
    if (kind == "pdf")
        return tr("PDF");
    if (kind == "openvex")
        return tr("OpenVEX");
    if (kind == "trivyignore")
        return tr(".trivyignore.yaml");
    if (kind == "sarif")
        return tr("SARIF");
    if (kind == "csv")
        return tr("CSV");
    if (kind == "json")
        return tr("JSON");
    return QString::fromStdString(kind);
}

QVariant ReportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GeneratedReport &r = m_rows[static_cast<std::size_t>(index.row())];
    const QString path = QString::fromStdString(r.path);
    if (role == PathRole)
        return path;
    if (role == Qt::TextAlignmentRole && index.column() == PagesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn: return QDir::toNativeSeparators(path);
        case Sha256Column: return QString::fromStdString(r.sha256);
        case ScopeColumn: return QString::fromStdString(r.scope);
        case KindColumn:
            return r.paper.empty() ? QVariant() : tr("Paper: %1").arg(QString::fromStdString(r.paper).toUpper());
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn: return timeText(r.generatedAt);
    case KindColumn: return kindText(r.kind);
    case FileColumn: return QFileInfo(path).fileName();
    case PagesColumn: return r.pages > 0 ? QVariant(r.pages) : QVariant();
    case ScopeColumn: return QString::fromStdString(r.scope);
    case AsOfColumn: return timeText(r.asOf);
    case ByColumn: return QString::fromStdString(r.generatedBy);
    case Sha256Column: return QString::fromStdString(r.sha256.substr(0, 12));
    default: return {};
    }
}

QVariant ReportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case KindColumn: return tr("Kind");
    case FileColumn: return tr("File");
    case PagesColumn: return tr("Pages");
    case ScopeColumn: return tr("Scope");
    case AsOfColumn: return tr("Data as of");
    case ByColumn: return tr("By");
    case Sha256Column: return tr("SHA-256");
    default: return {};
    }
}

} // namespace bulkhead::ui
