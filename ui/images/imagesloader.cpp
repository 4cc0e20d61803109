#include "images/imagesloader.h"

#include "store/database.h"

namespace bulkhead::ui {

bool ImagesLoader::page(quint64 generation, const ImageFilter &filter, ImageSortKey key, bool descending, int offset,
                        int limit, std::vector<ImageRow> &rows, QString &error)
{
    return run(generation, error,
               [&] { rows = ImageRepository(db()).rows(filter, key, descending, offset, limit); });
}

bool ImagesLoader::count(quint64 generation, const ImageFilter &filter, qint64 &total, QString &error)
{
    return run(generation, error, [&] { total = ImageRepository(db()).count(filter); });
}

bool ImagesLoader::sources(std::vector<SourceRow> &out, QString &error)
{
    return run(0, error, [&] { out = SourceRepository(db()).list(); });
}

} // namespace bulkhead::ui
