#pragma once

#include "report/listexport.h"
#include "store/imagerepository.h"

namespace bulkhead::imagesexport {

// The columns of the images list, shared by `bulkheadctl images --format csv|json` and the
// Images page's export, so both write the same. CSV fields go through findingscsv::field.
std::string csvHeader();
std::string csvLine(const ImageRepository::ImageRow &row);
nlohmann::ordered_json json(const ImageRepository::ImageRow &row);

// Every image of the filter in the sort, read page by page. Throws StoreError.
ListExportResult write(const ImageRepository &repo, const ImageRepository::ImageFilter &filter,
                       ImageRepository::ImageSortKey sort, bool descending, ListExportWriter &writer);

} // namespace bulkhead::imagesexport
