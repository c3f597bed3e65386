#include "segment/word_classes.h"

#include <algorithm>
#include <array>
#include <sstream>
#include <stdexcept>

#include "util/tsv.h"

namespace dyad {

namespace {

constexpr std::array<std::pair<std::string_view, WordClass>,
                     static_cast<std::size_t>(WordClass::kCount)>
    kNames = {{{"clause_punctuation", WordClass::kClausePunctuation},
               {"verb_preposition", WordClass::kVerbPreposition},
               {"skipped_determiner", WordClass::kSkippedDeterminer},
               {"subject_preposition", WordClass::kSubjectPreposition},
               {"clause_start", WordClass::kClauseStart},
               {"relative_pronoun", WordClass::kRelativePronoun},
               {"first_person", WordClass::kFirstPerson},
               {"list_joiner", WordClass::kListJoiner},
               {"noun_use_preposition", WordClass::kNounUsePreposition},
               {"determiner", WordClass::kDeterminer},
               {"article", WordClass::kArticle},
               {"adverbial_preposition", WordClass::kAdverbialPreposition},
               {"light_verb", WordClass::kLightVerb},
               {"noun_phrase_stop", WordClass::kNounPhraseStop},
               {"quotation_mark", WordClass::kQuotationMark},
               {"negation", WordClass::kNegation},
               {"refusal", WordClass::kRefusal},
               {"negated_plan", WordClass::kNegatedPlan},
               {"modality_stop", WordClass::kModalityStop},
               {"alleged_adverb", WordClass::kAllegedAdverb},
               {"alleged_noun", WordClass::kAllegedNoun},
               {"future", WordClass::kFuture},
               {"hypothetical", WordClass::kHypothetical},
               {"intention_verb", WordClass::kIntentionVerb},
               {"condition", WordClass::kCondition},
               {"be_form", WordClass::kBeForm},
               {"not_in_name", WordClass::kNotInName},
               {"office_preposition", WordClass::kOfficePreposition},
               {"personal_pronoun", WordClass::kPersonalPronoun},
               {"referring_pronoun", WordClass::kReferringPronoun},
               {"group_noun", WordClass::kGroupNoun},
               {"particle", WordClass::kParticle},
               {"seat_preposition", WordClass::kSeatPreposition},
               {"posted_abroad", WordClass::kPostedAbroad},
               {"title_modifier", WordClass::kTitleModifier},
               {"commitment_verb", WordClass::kCommitmentVerb},
               {"quantity_noun", WordClass::kQuantityNoun},
               {"implicative_verb", WordClass::kImplicativeVerb},
               {"speech_verb", WordClass::kSpeechVerb},
               {"unrealised_noun", WordClass::kUnrealisedNoun},
               {"amount_word", WordClass::kAmountWord},
               {"possessive_determiner", WordClass::kPossessiveDeterminer},
               {"perfect_auxiliary", WordClass::kPerfectAuxiliary},
               {"will_auxiliary", WordClass::kWillAuxiliary},
               {"exclusion", WordClass::kExclusion},
               {"question_word", WordClass::kQuestionWord},
               {"place_noun", WordClass::kPlaceNoun},
               {"participle_subordinator", WordClass::kParticipleSubordinator},
               {"prevention", WordClass::kPrevention},
               {"requirement_noun", WordClass::kRequirementNoun},
               {"relation_verb", WordClass::kRelationVerb},
               {"mandative_verb", WordClass::kMandativeVerb},
               {"market_quantity", WordClass::kMarketQuantity},
               {"ending_verb", WordClass::kEndingVerb}}};

}  // namespace

WordClasses::WordClasses(const std::filesystem::path& data_dir) {
  const auto file = data_dir / "grammar" / "word_classes.tsv";
  Mask seen = 0;
  read_tsv(file, data_display_name(data_dir, file), 3, 3, [&](const auto& f, const RowLocation&) {
    const auto name =
        std::find_if(kNames.begin(), kNames.end(), [&](const auto& n) { return n.first == f[0]; });
    if (name == kNames.end())
      throw std::runtime_error("unknown word class '" + std::string(f[0]) + "'");
    seen |= bit(name->second);
    std::istringstream words{std::string(f[1])};
    for (std::string word; words >> word;) classes_[word] |= bit(name->second);
  });
  for (const auto& [text, cls] : kNames)
    if (!(seen & bit(cls)))
      throw std::runtime_error(file.string() + ": word class '" + std::string(text) +
                               "' is missing");
}

WordClasses::Mask WordClasses::of(std::string_view word) const {
  const auto it = classes_.find(std::string(word));
  return it == classes_.end() ? 0 : it->second;
}

}  // namespace dyad
