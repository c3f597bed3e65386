// `dyad explain INPUT...`: per sentence, the actors found, every pattern that matched words of
// the sentence and why it did or did not become an event — the dictionary author's view.
#include <fmt/core.h>

#include <iostream>

#include "cli/batch.h"
#include "cli/commands.h"
#include "events/absent_actor.h"
#include "pipeline/pipeline.h"

namespace dyad::cli {

std::function<int()> add_explain_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<BatchOptions>();
  auto one_sided = std::make_shared<bool>(false);
  auto* command = app.add_subcommand(
      "explain",
      "Show, sentence by sentence, the actors found, the patterns that matched and why "
      "each did or did not produce an event.");
  add_batch_options(*command, *options);
  add_one_sided_option(*command, *one_sided);
  return [options, one_sided, &globals]() {
    auto pipeline_owner = make_pipeline({globals.data_dir, globals.dictionaries}, std::cerr);
    const Pipeline& pipeline = *pipeline_owner;
    const int code = run_batch(*options, [&](Document& doc) {
      const AnalyzedDocument coded = pipeline.run(doc, {.trace = true, .one_sided = *one_sided});
      auto code_of = [&](std::size_t m) {  // "—" for the absent side of a one-sided event
        const std::string& code = actor_at(coded.mentions, m).code;
        return code.empty() ? std::string("—") : code;
      };
      const std::string_view text = coded.article.text;
      fmt::print("== {}  (date: {})\n", doc.id, coded.article.date.value_or("unknown"));
      for (std::size_t s = 0; s < coded.sentences.size(); ++s) {
        const Span span = coded.sentences[s].span;
        fmt::print("\n[{}] {}\n", s, text.substr(span.begin, span.end - span.begin));
        const auto& tokens = coded.sentences[s].tokens;
        auto word = [&](std::size_t t) {
          return text.substr(tokens[t].span.begin, tokens[t].span.end - tokens[t].span.begin);
        };
        if (!tokens.empty() && !tokens.front().deprel.empty()) {
          // The parse: each word with its part of speech, relation and head word.
          std::string line;
          for (std::size_t t = 0; t < tokens.size(); ++t) {
            const int head = tokens[t].head;
            line += fmt::format("{}{}/{} {}>{}", t ? "  " : "", word(t), tokens[t].upos,
                                tokens[t].deprel, head < 0 ? std::string_view("ROOT") : word(head));
          }
          fmt::print("    parse  {}\n", line);
        }
        for (const auto& m : coded.mentions)
          if (m.sentence == s)
            fmt::print("    actor  {:<10} \"{}\"  ({})\n", m.location ? "(place)" : m.code, m.text,
                       m.rule);
        for (const auto& t : coded.trace)
          if (t.sentence == s)
            fmt::print("    rule   {} {:<40} {}\n           {}\n", t.pattern->code, t.pattern->text,
                       t.pattern->rule, t.verdict);
        for (const auto& e : coded.events)
          if (e.sentence == s) {
            fmt::print("    EVENT  {} → {}  {} ({})  modality {}{}\n", code_of(e.source),
                       code_of(e.target), e.code(), e.cameo ? e.cameo->label : "?", e.modality,
                       e.passive ? ", passive" : "");
            // The parse path that gave the source: predicate, relation, actor.
            fmt::print("           \"{}\" --{}--> \"{}\"\n", word(e.predicate), e.path,
                       actor_at(coded.mentions, e.source).text);
          }
      }
      fmt::print("\n");
    });
    keep_until_exit(pipeline_owner);
    return code;
  };
}

}  // namespace dyad::cli
