#include "geo/place_targets.h"

#include <algorithm>
#include <string_view>

#include "util/utf8.h"

namespace dyad {

namespace {

// Longer runs of capitalised words are names of other things ("the Free Syrian Army Northern
// Front").
constexpr std::size_t kMaxPlaceWords = 3;

}  // namespace

void add_place_mentions(const Article& article, const std::vector<Sentence>& sentences,
                        const Gazetteer& gazetteer, std::vector<ActorMention>& mentions) {
  const std::string_view text = article.text;
  auto word = [&](const Token& token) {
    return text.substr(token.span.begin, token.span.end - token.span.begin);
  };
  std::vector<ActorMention> found;
  std::vector<bool> covered;
  std::vector<std::string> countries;
  std::size_t next_mention = 0;  // mentions are in text order, so by sentence
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const Sentence& sentence = sentences[s];
    covered.assign(sentence.tokens.size(), false);
    countries.clear();
    for (; next_mention < mentions.size() && mentions[next_mention].sentence <= s; ++next_mention) {
      const ActorMention& mention = mentions[next_mention];
      if (mention.sentence != s) continue;
      for (std::size_t t = mention.first_token;
           t <= mention.last_token && t < sentence.tokens.size(); ++t)
        covered[t] = true;
      if (!mention.country.empty()) countries.push_back(mention.country);
    }
    // Headlines capitalise every word; a dateline's place is the article's, not a target.
    if (sentence.kind != Sentence::Kind::kBody) continue;
    const auto& tokens = sentence.tokens;
    for (std::size_t t = 1; t < tokens.size(); ++t) {
      if (covered[t] || !is_capitalized(word(tokens[t]))) continue;
      std::size_t last = t;
      while (last + 1 < tokens.size() && !covered[last + 1] &&
             is_capitalized(word(tokens[last + 1])))
        ++last;
      const std::size_t first = t;
      t = last;
      if (covered[first - 1] || is_capitalized(word(tokens[first - 1])) ||
          last - first + 1 > kMaxPlaceWords)
        continue;
      const Span span{tokens[first].span.begin, tokens[last].span.end};
      const std::string_view name = text.substr(span.begin, span.end - span.begin);
      const Place* place = gazetteer.resolve_town(name, countries);
      if (!place) continue;
      ActorMention mention;
      mention.sentence = s;
      mention.first_token = first;
      mention.last_token = last;
      mention.span = span;
      mention.text = std::string(name);
      mention.code = mention.country = place->country;
      mention.rule = "data/geo/places.tsv (" + place->name + ", " + place->type + ")";
      mention.kind = "location";
      mention.location = mention.place = true;
      found.push_back(std::move(mention));
    }
  }
  if (found.empty()) return;
  const std::size_t before = mentions.size();
  mentions.insert(mentions.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  std::inplace_merge(mentions.begin(), mentions.begin() + static_cast<std::ptrdiff_t>(before),
                     mentions.end(), [](const ActorMention& a, const ActorMention& b) {
                       return a.sentence != b.sentence ? a.sentence < b.sentence
                                                       : a.first_token < b.first_token;
                     });
}

}  // namespace dyad
