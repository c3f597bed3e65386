#include "parse/train.h"

#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>

#include "parse/model_data.h"

namespace dyad::parse {

namespace {

constexpr const char* kAttribution =
    "Universal Dependencies English Web Treebank (UD_English-EWT), Silveira et al. 2014 and the "
    "UD contributors, CC BY-SA 4.0";

std::vector<std::string_view> forms_of(const ConlluSentence& sentence) {
  std::vector<std::string_view> forms;
  forms.reserve(sentence.words.size());
  for (const auto& w : sentence.words) forms.emplace_back(w.form);
  return forms;
}

std::string file_hash(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return fmt::format("fnv1a64:{:016x}", fnv1a(std::move(bytes).str()));
}

int find_label(const std::vector<std::string>& labels, std::string_view name) {
  for (std::size_t i = 0; i < labels.size(); ++i)
    if (labels[i] == name) return static_cast<int>(i);
  return -1;
}

struct Context {
  std::ostream* out = nullptr;
  const std::vector<ConlluSentence>* dev = nullptr;
  ModelData* data = nullptr;
  // Parser epochs: the dev sentences with predicted tags, and the best weights so far.
  const std::vector<TreeSentence>* dev_trees = nullptr;
  double best_las = -1;
  int best_epoch = 0;
  FrozenWeights best_weights;
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  int epochs = 0;
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
};

// Dev accuracy of a tagger: {UPOS, XPOS} in percent.
std::pair<double, double> tagger_accuracy(const Tagger& first, const Tagger& second,
                                          const TagSet& tag_set,
                                          const std::vector<ConlluSentence>& dev) {
  std::size_t upos = 0, xpos = 0, total = 0;
  std::vector<WordKeys> keys;
  std::vector<std::uint16_t> first_tags, tags;
  std::vector<std::uint64_t> features;
  std::vector<std::int32_t> scores;
  for (const auto& sentence : dev) {
    const auto forms = forms_of(sentence);
    compute_word_keys(forms, keys);
    tags.resize(forms.size());
    first_tags.resize(forms.size());
    first.tag(keys, {}, first_tags, features, scores);
    second.tag(keys, first_tags, tags, features, scores);
    for (std::size_t i = 0; i < forms.size(); ++i) {
      upos += tag_set.upos[tags[i]] == sentence.words[i].upos;
      xpos += tag_set.xpos[tags[i]] == sentence.words[i].xpos;
      ++total;
    }
  }
  const double n = total ? static_cast<double>(total) : 1.0;
  return {100.0 * static_cast<double>(upos) / n, 100.0 * static_cast<double>(xpos) / n};
}

// Dev accuracy of a parser on predicted tags: {UAS, LAS} in percent.
std::pair<double, double> parser_accuracy(const Parser& parser,
                                          const std::vector<TreeSentence>& dev) {
  ParserScratch scratch;
  std::vector<int> heads;
  std::vector<std::uint16_t> labels;
  std::size_t attached = 0, labelled = 0, total = 0;
  for (const auto& tree : dev) {
    heads.resize(tree.words.size());
    labels.resize(tree.words.size());
    parser.parse(tree.words, tree.tags, heads, labels, scratch);
    for (std::size_t i = 0; i < heads.size(); ++i) {
      const bool head_right = heads[i] == tree.heads[i];
      attached += head_right;
      labelled += head_right && labels[i] == tree.labels[i];
      ++total;
    }
  }
  const double n = total ? static_cast<double>(total) : 1.0;
  return {100.0 * static_cast<double>(attached) / n, 100.0 * static_cast<double>(labelled) / n};
}

void report_tagger(int epoch, double train_accuracy, const Tagger& tagger, void* raw) {
  auto& c = *static_cast<Context*>(raw);
  const auto [upos, xpos] = tagger_accuracy(c.data->first_tagger, tagger, c.data->tags, *c.dev);
  if (c.out)
    *c.out << fmt::format(
        "tagger epoch {:2}/{}: train {:.2f}%  dev UPOS {:.2f}%  XPOS {:.2f}%  ({:.0f} s)\n", epoch,
        c.epochs, 100 * train_accuracy, upos, xpos, c.seconds());
}

void report_parser(int epoch, double train_accuracy, const Parser& parser, void* raw) {
  auto& c = *static_cast<Context*>(raw);
  const auto [uas, las] = parser_accuracy(parser, *c.dev_trees);
  if (las > c.best_las) {
    c.best_las = las;
    c.best_epoch = epoch;
    c.best_weights = parser.weights;
  }
  if (c.out)
    *c.out << fmt::format(
        "parser epoch {:2}/{}: train {:.2f}% transitions  dev UAS {:.2f}%  LAS {:.2f}%  "
        "({:.0f} s)\n",
        epoch, c.epochs, 100 * train_accuracy, uas, las, c.seconds());
}

// Pruning thresholds: powers of two, and with `quarters` also the quarter steps between them
// from 128 on (320, 384, 448 between 256 and 512): the parser's weights crowd there, where one
// power of two more may halve the model (non-monotonic parser: 1.0 M features at 256, 0.48 M
// at 512, which costs 0.5 LAS). Small thresholds remove little: no quarter steps below 128.
std::vector<int> pruning_thresholds(bool quarters) {
  std::vector<int> out;
  for (int power = 2; power <= 4096; power *= 2)
    for (const int quarter : {4, 5, 6, 7})
      if (quarter == 4 || (quarters && power >= 128 && power < 4096))
        out.push_back(power * quarter / 4);
  return out;
}

// The weights without their smallest entries: the largest pruning threshold whose dev score
// (from `score`) stays within `tolerance` points of the unpruned weights'.
template <typename Score>
FrozenWeights prune(const FrozenWeights& weights, double tolerance, Score score,
                    std::ostream* progress, const char* what, bool quarters = false) {
  const double full = score(weights);
  FrozenWeights best = weights;
  for (const int threshold : pruning_thresholds(quarters)) {
    FrozenWeights candidate = weights.pruned(threshold);
    const double pruned = score(candidate);
    if (progress)
      *progress << fmt::format(
          "{} pruned below {}: {} features, {} weights, dev {:.2f} ({:+.2f})\n", what, threshold,
          candidate.feature_count(), candidate.weight_count(), pruned, pruned - full);
    if (pruned < full - tolerance) break;
    best = std::move(candidate);
  }
  return best;
}

}  // namespace

Model train_model(const TrainOptions& options) {
  const auto train = read_conllu_file(options.train);
  const auto dev = read_conllu_file(options.dev);
  if (train.empty()) throw std::runtime_error(options.train.string() + ": no sentences");
  if (dev.empty()) throw std::runtime_error(options.dev.string() + ": no sentences");
  auto data = std::make_unique<ModelData>();
  ModelData& d = *data;

  std::vector<TaggedSentence> tagged;
  tagged.reserve(train.size());
  for (const auto& sentence : train) {
    TaggedSentence t;
    compute_word_keys(forms_of(sentence), t.words);
    for (const auto& w : sentence.words) {
      t.tags.push_back(static_cast<std::uint16_t>(d.tags.find_or_add(w.upos, w.xpos)));
      if (find_label(d.labels, w.deprel) < 0) d.labels.push_back(w.deprel);
    }
    tagged.push_back(std::move(t));
  }
  if (d.tags.size() > 255 || 2 + 2 * d.labels.size() > 255)
    throw std::runtime_error(options.train.string() + ": too many tags or relations");
  d.parser.label_count = static_cast<int>(d.labels.size());
  d.parser.tag_count = d.tags.size();
  d.parser.root_label = find_label(d.labels, "root");
  if (d.parser.root_label < 0)
    throw std::runtime_error(options.train.string() + ": no \"root\" relation");
  d.parser.fallback_label = std::max(0, find_label(d.labels, "dep"));
  d.parser.non_monotonic = options.non_monotonic;

  Context context;
  context.out = options.progress;
  context.dev = &dev;
  context.data = &d;
  // Jack-knifing: each sentence's first-pass tags come from a tagger trained on the other
  // folds (the second pass trains on them), and so do its second-pass tags (the parser trains
  // on those), so both learn from tags as good as they will get on new text.
  const int folds = std::max(1, options.folds);
  auto fold_of = [&](std::size_t i) {
    return static_cast<int>(i % static_cast<std::size_t>(folds));
  };
  std::vector<std::vector<std::uint16_t>> predicted(tagged.size());
  for (const bool second_pass : {false, true}) {
    for (int fold = 0; fold < folds && folds > 1; ++fold) {
      std::vector<TaggedSentence> rest;
      for (std::size_t i = 0; i < tagged.size(); ++i)
        if (fold_of(i) != fold) rest.push_back(tagged[i]);
      const Tagger tagger =
          train_tagger(rest, d.tags.size(), second_pass, options.tagger_epochs,
                       options.seed + (second_pass ? 200 : 100) + static_cast<std::uint64_t>(fold));
      std::vector<std::uint64_t> features;
      std::vector<std::int32_t> scores;
      for (std::size_t i = 0; i < tagged.size(); ++i) {
        if (fold_of(i) != fold) continue;
        auto& out = second_pass ? predicted[i] : tagged[i].first_pass;
        out.resize(tagged[i].words.size());
        const std::span<const std::uint16_t> first_pass =
            second_pass ? std::span<const std::uint16_t>(tagged[i].first_pass)
                        : std::span<const std::uint16_t>();
        tagger.tag(tagged[i].words, first_pass, out, features, scores);
      }
      if (options.progress)
        *options.progress << fmt::format("jack-knife {} tagger {}/{} done ({:.0f} s)\n",
                                         second_pass ? "second-pass" : "first-pass", fold + 1,
                                         folds, context.seconds());
    }
    context.epochs = options.tagger_epochs;
    if (!second_pass) {
      d.first_tagger = train_tagger(tagged, d.tags.size(), false, options.tagger_epochs,
                                    options.seed, nullptr, nullptr);
      if (folds == 1)
        for (auto& t : tagged) {
          std::vector<std::uint64_t> features;
          std::vector<std::int32_t> scores;
          t.first_pass.resize(t.words.size());
          d.first_tagger.tag(t.words, {}, t.first_pass, features, scores);
        }
    } else {
      d.tagger = train_tagger(tagged, d.tags.size(), true, options.tagger_epochs, options.seed + 1,
                              report_tagger, &context);
    }
  }
  if (folds == 1)
    for (std::size_t i = 0; i < tagged.size(); ++i) {
      std::vector<std::uint64_t> features;
      std::vector<std::int32_t> scores;
      predicted[i].resize(tagged[i].words.size());
      d.tagger.tag(tagged[i].words, tagged[i].first_pass, predicted[i], features, scores);
    }

  auto tree_of = [&](const ConlluSentence& sentence, std::vector<std::uint16_t> tags) {
    TreeSentence tree;
    compute_word_keys(forms_of(sentence), tree.words);
    tree.tags = std::move(tags);
    for (const auto& w : sentence.words) {
      tree.heads.push_back(w.head);
      tree.labels.push_back(find_label(d.labels, w.deprel));
    }
    return tree;
  };
  std::vector<TreeSentence> trees;
  for (std::size_t i = 0; i < train.size(); ++i) {
    trees.push_back(tree_of(train[i], std::move(predicted[i])));
    projectivize(trees.back().heads);
  }
  std::vector<TreeSentence> dev_trees;
  for (const auto& sentence : dev) {
    std::vector<WordKeys> keys;
    compute_word_keys(forms_of(sentence), keys);
    std::vector<std::uint16_t> first, tags(keys.size());
    std::vector<std::uint64_t> features;
    std::vector<std::int32_t> scores;
    d.tag(keys, first, tags, features, scores);
    dev_trees.push_back(tree_of(sentence, std::move(tags)));
  }
  context.dev_trees = &dev_trees;
  context.epochs = options.parser_epochs;
  d.parser =
      train_parser(trees, d.parser, options.parser_epochs, options.seed, report_parser, &context);
  d.parser.weights = prune(
      context.best_weights, 0.25,
      [&](const FrozenWeights& w) {
        Parser p = d.parser;
        p.weights = w;
        return parser_accuracy(p, dev_trees).second;
      },
      // Quarter steps only for the non-monotonic parser: the monotonic one stops at 512 with
      // powers of two, and scripts/train-parser must keep reproducing the shipped model.
      options.progress, "parser", options.non_monotonic);
  d.tagger.weights = prune(
      d.tagger.weights, 0.05,
      [&](const FrozenWeights& w) {
        Tagger t = d.tagger;
        t.weights = w;
        return tagger_accuracy(d.first_tagger, t, d.tags, dev).first;
      },
      options.progress, "second-pass tagger");
  d.first_tagger.weights = prune(
      d.first_tagger.weights, 0.05,
      [&](const FrozenWeights& w) {
        Tagger t = d.first_tagger;
        t.weights = w;
        return tagger_accuracy(t, d.tagger, d.tags, dev).first;
      },
      options.progress, "first-pass tagger");

  std::vector<Lemmatizer::Example> examples;
  for (const auto& sentence : train)
    for (const auto& w : sentence.words) examples.push_back({w.form, w.xpos, w.lemma});
  d.lemmatizer = Lemmatizer::learn(examples);

  std::size_t words = 0;
  for (const auto& sentence : train) words += sentence.words.size();
  d.metadata = {
      {"format", "dyad parser model " + std::to_string(Model::kFormatVersion)},
      {"design",
       "averaged perceptron tagger (UPOS+XPOS) + greedy arc-eager parser, dynamic oracle"},
      {"train_file", options.train.filename().string()},
      {"train_hash", file_hash(options.train)},
      {"train_size", fmt::format("{} sentences, {} words", train.size(), words)},
      {"dev_file", options.dev.filename().string()},
      {"dev_hash", file_hash(options.dev)},
      {"seed", std::to_string(options.seed)},
      {"epochs",
       fmt::format("tagger {}, parser {} (best dev LAS at epoch {}), jack-knife folds {}",
                   options.tagger_epochs, options.parser_epochs, context.best_epoch, folds)},
      {"size",
       fmt::format("taggers {} features / {} weights, parser {} features / {} weights, "
                   "lemmatizer {} rules / {} exceptions",
                   d.first_tagger.weights.feature_count() + d.tagger.weights.feature_count(),
                   d.first_tagger.weights.weight_count() + d.tagger.weights.weight_count(),
                   d.parser.weights.feature_count(), d.parser.weights.weight_count(),
                   d.lemmatizer.rule_count(), d.lemmatizer.exception_count())},
      {"attribution", kAttribution},
  };
  // Only a non-monotonic model names its transitions: monotonic models stay byte-identical to
  // those trained before the choice existed.
  if (options.non_monotonic)
    d.metadata.insert(d.metadata.begin() + 2,
                      {std::string(kTransitionsKey), std::string(kNonMonotonic)});
  Model model(std::move(data));
  const Scores dev_scores = evaluate(model, dev);
  model.data().metadata.emplace_back("dev_scores", format_scores(dev_scores));
  if (options.progress) *options.progress << "dev:  " << format_scores(dev_scores) << '\n';
  if (options.test) {
    const Scores test_scores = evaluate(model, read_conllu_file(*options.test));
    model.data().metadata.emplace_back("test_file", options.test->filename().string());
    model.data().metadata.emplace_back("test_scores", format_scores(test_scores));
    if (options.progress) *options.progress << "test: " << format_scores(test_scores) << '\n';
  }
  return model;
}

Scores evaluate(const Model& model, const std::vector<ConlluSentence>& gold,
                std::vector<ConlluSentence>* parsed) {
  Scores s;
  std::size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_universal = 0;
  std::vector<WordAnalysis> analysis;
  auto universal = [](std::string_view relation) { return relation.substr(0, relation.find(':')); };
  for (const auto& sentence : gold) {
    const auto forms = forms_of(sentence);
    model.analyze(forms, analysis);
    ++s.sentences;
    for (std::size_t i = 0; i < forms.size(); ++i) {
      const ConlluWord& g = sentence.words[i];
      const WordAnalysis& a = analysis[i];
      ++s.words;
      upos += a.upos == g.upos;
      xpos += a.xpos == g.xpos;
      lemma += a.lemma == g.lemma;
      const bool head_right = a.head + 1 == g.head;
      uas += head_right;
      las += head_right && a.deprel == g.deprel;
      las_universal += head_right && universal(a.deprel) == universal(g.deprel);
    }
    if (parsed != nullptr) {
      ConlluSentence out;
      out.comments = sentence.comments;
      for (const auto& extra : sentence.extra)
        if (extra.line.find('-') < extra.line.find('\t')) out.extra.push_back(extra);  // ranges
      for (std::size_t i = 0; i < forms.size(); ++i) {
        const WordAnalysis& a = analysis[i];
        ConlluWord w;
        w.form = sentence.words[i].form;
        w.lemma = a.lemma;
        w.upos = a.upos;
        w.xpos = a.xpos;
        w.head = a.head + 1;
        w.deprel = a.deprel;
        w.misc = sentence.words[i].misc;
        out.words.push_back(std::move(w));
      }
      parsed->push_back(std::move(out));
    }
  }
  const double n = s.words ? static_cast<double>(s.words) : 1.0;
  s.upos = 100.0 * static_cast<double>(upos) / n;
  s.xpos = 100.0 * static_cast<double>(xpos) / n;
  s.lemma = 100.0 * static_cast<double>(lemma) / n;
  s.uas = 100.0 * static_cast<double>(uas) / n;
  s.las = 100.0 * static_cast<double>(las) / n;
  s.las_universal = 100.0 * static_cast<double>(las_universal) / n;
  return s;
}

std::string format_scores(const Scores& s) {
  return fmt::format(
      "UPOS {:.2f}  XPOS {:.2f}  lemma {:.2f}  UAS {:.2f}  LAS {:.2f}  LAS(universal relations) "
      "{:.2f}  ({} sentences, {} words)",
      s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_universal, s.sentences, s.words);
}

}  // namespace dyad::parse
