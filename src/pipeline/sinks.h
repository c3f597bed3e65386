// Where `dyad code` sends events: a file in one of the output formats (store/output_format.h)
// or the event database, behind one interface and made by name.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/document.h"
#include "pipeline/analyzed_document.h"
#include "store/event_store.h"
#include "store/output_format.h"
#include "store/record.h"

namespace dyad {

class EventSink {
 public:
  virtual ~EventSink() = default;
  // Work that does not depend on the order of documents, done on the worker thread that coded
  // the document (JSON serialisation); handed back to write(). Thread-safe.
  virtual std::string prepare(const std::vector<EventRecord>& /*records*/) const { return {}; }
  // Called once per document, in input order, on one thread.
  virtual void write(const Document& doc, const AnalyzedDocument& analyzed,
                     const std::vector<EventRecord>& records, const std::string& prepared) = 0;
  // Flushes and closes; throws when something could not be written.
  virtual void finish() = 0;
  // Events the sink's format left out (undated events in GDELT rows: OutputOptions).
  virtual std::size_t left_out() const { return 0; }
};

struct SinkOptions {
  int documents_per_transaction = 500;              // the event database
  std::string data_fingerprint;                     // stored with each document
  double busy_wait = EventStore::kDefaultBusyWait;  // seconds to wait on another writer
  OutputOptions output = {};                        // the file formats
};

// `kind` is an output format name ("jsonl", "gdelt", "csv") with `target` a file or "-" for
// stdout, or "db" with `target` an SQLite file or postgresql:// URL. Throws
// std::invalid_argument for an unknown kind, std::runtime_error when the target cannot be opened.
std::unique_ptr<EventSink> make_sink(std::string_view kind, const std::string& target,
                                     const SinkOptions& options = {});

// The event database sink, for the decisions only it can make.
class StoreSink final : public EventSink {
 public:
  StoreSink(const std::string& location, const SinkOptions& options);
  enum class Stored {
    kUpToDate,     // the same content, coded under the same data: coding again changes nothing
    kOtherData,    // the same content, coded under other dictionaries, rules or model
    kOtherContent  // not stored, or stored with other content
  };
  Stored stored_as(const Document& doc) const;
  void write(const Document& doc, const AnalyzedDocument& analyzed,
             const std::vector<EventRecord>& records, const std::string& prepared) override;
  void finish() override { store_->commit(); }

  const std::string& location() const { return store_->location(); }
  std::size_t unchanged() const { return unchanged_; }

 private:
  std::unique_ptr<EventStore> store_;
  std::string fingerprint_;
  std::unordered_map<std::string, std::string> stored_hashes_, stored_fingerprints_;
  std::size_t unchanged_ = 0;
};

}  // namespace dyad
