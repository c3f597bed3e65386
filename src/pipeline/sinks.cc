#include "pipeline/sinks.h"

#include <fstream>
#include <iostream>
#include <stdexcept>

#include "store/output_format.h"

namespace dyad {

namespace {

// Lines of one output format into a file, or stdout for "-".
class FormatSink final : public EventSink {
 public:
  FormatSink(std::unique_ptr<OutputFormat> format, const std::string& target)
      : format_(std::move(format)), target_(target) {
    if (target != "-") {
      file_.open(target, std::ios::binary | std::ios::trunc);
      if (!file_) throw std::runtime_error(target + ": cannot write");
    }
    stream() << format_->header();
  }

  // Lines without event ids do not depend on order: serialised on the worker threads.
  std::string prepare(const std::vector<EventRecord>& records) const override {
    std::string lines;
    if (format_->numbers_events()) return lines;
    for (const auto& record : records) lines += format_->mention_line(record, 0);
    return lines;
  }

  void write(const Document&, const AnalyzedDocument&, const std::vector<EventRecord>& records,
             const std::string& prepared) override {
    if (!format_->numbers_events()) {
      stream() << prepared;
      return;
    }
    for (const auto& record : records) {
      const std::string line = format_->mention_line(record, event_id_ + 1);
      if (line.empty()) {
        ++left_out_;
        continue;
      }
      ++event_id_;
      stream() << line;
    }
  }

  void finish() override {
    stream().flush();
    if (!stream()) throw std::runtime_error(target_ + ": write failed");
  }

  std::size_t left_out() const override { return left_out_; }

 private:
  std::ostream& stream() { return file_.is_open() ? file_ : std::cout; }

  std::unique_ptr<OutputFormat> format_;
  std::string target_;
  std::ofstream file_;
  std::uint64_t event_id_ = 0;  // GDELT's GLOBALEVENTID, numbered in output order
  std::size_t left_out_ = 0;
};

}  // namespace

StoreSink::StoreSink(const std::string& location, const SinkOptions& options)
    : store_(open_event_store(location)), fingerprint_(options.data_fingerprint) {
  store_->set_documents_per_transaction(options.documents_per_transaction);
  store_->set_busy_wait(options.busy_wait);
  stored_hashes_ = store_->content_hashes();
  stored_fingerprints_ = store_->data_fingerprints();
}

StoreSink::Stored StoreSink::stored_as(const Document& doc) const {
  const auto hash = stored_hashes_.find(doc.id);
  if (hash == stored_hashes_.end() || hash->second != content_hash(doc))
    return Stored::kOtherContent;
  const auto fingerprint = stored_fingerprints_.find(doc.id);
  return fingerprint != stored_fingerprints_.end() && fingerprint->second == fingerprint_
             ? Stored::kUpToDate
             : Stored::kOtherData;
}

void StoreSink::write(const Document& doc, const AnalyzedDocument& analyzed,
                      const std::vector<EventRecord>& records, const std::string&) {
  if (store_->put(make_stored_document(doc, analyzed.article, fingerprint_), records) ==
      EventStore::PutResult::kUnchanged)
    ++unchanged_;
}

std::unique_ptr<EventSink> make_sink(std::string_view kind, const std::string& target,
                                     const SinkOptions& options) {
  if (kind == "db") return std::make_unique<StoreSink>(target, options);
  return std::make_unique<FormatSink>(make_output_format(kind, options.output), target);
}

}  // namespace dyad
