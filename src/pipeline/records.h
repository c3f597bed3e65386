// From the pipeline's analysis to the records readers of our output see (store/record.h).
#pragma once

#include <vector>

#include "ingest/document.h"
#include "pipeline/analyzed_document.h"
#include "store/record.h"

namespace dyad {

// One record per event of `analyzed`, in event order.
std::vector<EventRecord> make_records(const Document& doc, const AnalyzedDocument& analyzed);

}  // namespace dyad
