// The closed-class words the event coder's clause analysis relies on
// (data/grammar/word_classes.tsv): prepositions, determiners, negation, modality markers… Each word
// maps to a set of classes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dyad {

enum class WordClass : std::uint32_t {
  kClausePunctuation,
  kVerbPreposition,
  kSkippedDeterminer,
  kSubjectPreposition,
  kClauseStart,
  kRelativePronoun,
  kFirstPerson,
  kListJoiner,
  kNounUsePreposition,
  kDeterminer,
  kArticle,
  kAdverbialPreposition,
  kLightVerb,
  kNounPhraseStop,
  kQuotationMark,
  kNegation,
  kRefusal,
  kNegatedPlan,
  kModalityStop,
  kAllegedAdverb,
  kAllegedNoun,
  kFuture,
  kHypothetical,
  kIntentionVerb,
  kCondition,
  kBeForm,
  kNotInName,
  kOfficePreposition,
  kPersonalPronoun,
  kReferringPronoun,
  kGroupNoun,
  kParticle,
  kSeatPreposition,
  kPostedAbroad,
  kTitleModifier,
  kCommitmentVerb,
  kQuantityNoun,
  kImplicativeVerb,
  kRelationVerb,
  kSpeechVerb,
  kUnrealisedNoun,
  kAmountWord,
  kPossessiveDeterminer,
  kPerfectAuxiliary,
  kWillAuxiliary,
  kExclusion,
  kQuestionWord,
  kPlaceNoun,
  kParticipleSubordinator,
  kPrevention,
  kRequirementNoun,
  kMandativeVerb,
  kMarketQuantity,
  kEndingVerb,
  kCount
};

class WordClasses {
 public:
  using Mask = std::uint64_t;
  static_assert(static_cast<std::uint32_t>(WordClass::kCount) <= 64, "classes must fit the mask");

  // Loads `<data_dir>/grammar/word_classes.tsv`; throws std::runtime_error("file:line: …").
  explicit WordClasses(const std::filesystem::path& data_dir);

  // The classes of a lower-case word (0 for none).
  Mask of(std::string_view word) const;

  static constexpr Mask bit(WordClass c) { return Mask{1} << static_cast<std::uint32_t>(c); }

 private:
  std::unordered_map<std::string, Mask> classes_;
};

}  // namespace dyad
