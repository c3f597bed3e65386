#include "events/coder.h"

#include <algorithm>
#include <optional>

#include "events/absent_actor.h"
#include "events/not_events.h"
#include "events/one_sided.h"
#include "events/pair_rules.h"
#include "events/sentence_coder.h"
#include "events/syntax.h"
#include "events/word_rules.h"
#include "segment/word_classes.h"

namespace dyad {

namespace {

using word_rules::kNone;
using word_rules::Match;
using word_rules::parse_match;
using word_rules::PatternMatcher;
using word_rules::SentenceCoder;
using word_rules::SentenceTokens;

}  // namespace

bool follows_suit_at(const std::vector<Token>& tokens, std::size_t t) {
  return t + 1 < tokens.size() && tokens[t].norm.starts_with("follow") &&
         tokens[t + 1].norm == "suit";
}

std::vector<Event> EventCoder::code(const std::vector<Sentence>& sentences,
                                    const std::vector<ActorMention>& mentions,
                                    std::vector<PatternTrace>* trace,
                                    const AntecedentParser* parser, bool one_sided) const {
  std::vector<Event> events;
  // Antecedents for "it", "they", "the two countries": the actors heading the latest sentence
  // that had actor subjects, and the latest group of two or more.
  const Antecedents antecedents(sentences, mentions, parser);
  const std::vector<QuoteContext> quotes = quote_contexts(sentences, mentions);
  std::size_t previous_first = 0;  // the first event of the last sentence that had events
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    auto resolve = [&](SyntaxActors& role) { antecedents.resolve(role, s); };
    const SentenceTokens tokens(sentences[s], mentions, s, patterns_);
    const SentenceCoder coder(tokens, mentions, s, quotes[s]);
    auto names_no_act = [&](std::size_t t) {
      const Token& token = sentences[s].tokens[t];
      const bool after_actor = t > 0 && tokens.in_mention(t - 1) && !tokens.is_word(t - 1, "'s");
      // "the Turkish backed Free Syrian Army rebels": a word the parse reads as part of a name
      // is no verb (not in a title-case headline, sentence 0, nor right after an actor).
      if (token.upos == "PROPN" && s > 0 && !after_actor) return true;
      // "in order to allow …": a word of a fixed expression is no verb either.
      if (token.deprel == "fixed" ||
          (token.norm == "order" && t > 0 && tokens.is_word(t - 1, "in")))
        return true;
      return token.deprel == "compound" && token.upos != "VERB" && !after_actor;
    };
    const SentenceSyntax syntax(sentences[s], mentions, s);
    std::vector<Event> found;
    std::vector<std::pair<std::size_t, std::size_t>> words_of;  // per found event: its match
    auto note = [&](const EventPattern& pattern, std::string verdict) {
      if (trace) trace->push_back({s, &pattern, std::move(verdict)});
    };
    for (std::size_t t = 0; t < tokens.size(); ++t) {
      const auto* candidates = patterns_.anchored_at(tokens.id(t));
      if (!candidates) continue;
      for (const std::size_t p : *candidates) {
        const EventPattern& pattern = patterns_.patterns()[p];
        if (pattern.one_sided && !one_sided) {
          note(pattern, "a one-sided act (-$T): coded only with --one-sided");
          continue;
        }
        // A word of an actor's name is no verb: "the Syrian Democratic Forces" do not force.
        if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
            tokens.in_mention(t)) {
          note(pattern, "the verb's word is part of an actor's name");
          continue;
        }
        // "the largest US strike force", "attack helicopters", "arms sales": a noun that
        // modifies a noun names a kind of thing, not an act. Not right after an actor, where
        // the word is its verb however the tagger reads a short sentence ("France froze
        // assets", "Iran backs Azerbaijan's …"), nor a compound the tagger calls a verb ("the
        // force battling Isis").
        // "during a brief private visit to X", "very close to the border": in a verb
        // dictionary, a word of a noun phrase with an article, or one an adverb of degree
        // modifies, is a noun, adjective or adverb, not the verb the pattern means.
        if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
            !patterns_.verbs_read_as_nouns() && syntax.parsed() && syntax.no_verb_here(t)) {
          note(pattern, "the verb's word is a noun, adjective or adverb here");
          continue;
        }
        if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
            patterns_.compounds_are_no_acts() && syntax.parsed() && names_no_act(t)) {
          note(pattern,
               "the verb's word names a thing here (a compound, a name or a fixed expression)");
          continue;
        }
        // Passive voice ("X was condemned by Y", "a truce brokered by Y") reverses "{verb} $T":
        // the target is the patient and the source the "by" agent. Only the plain verb-object
        // patterns apply to it.
        const bool verb_object = pattern.anchor == 0 && pattern.elements.size() == 2 &&
                                 pattern.elements[0].kind == PatternElement::Kind::kVerb &&
                                 pattern.elements[1].kind == PatternElement::Kind::kTarget;
        SentenceSyntax::Passive parsed_passive;
        const bool parse_says_passive =
            syntax.parsed() && syntax.is_verb(t) && syntax.passive(t, parsed_passive);
        const std::size_t passive_by = syntax.parsed() ? kNone : coder.passive_agent(t);
        // Without an agent, a passive whose pattern names the target by a preposition
        // ("missiles were fired at $T", "troops were sent to $T") has the moved thing as its
        // subject: the pattern's ordinary reading (its source from the subject) applies.
        const bool agent_named = parse_says_passive && parsed_passive.agent.stated;
        if ((passive_by != kNone || agent_named) && !verb_object && !pattern.mutual()) continue;
        std::optional<Match> match;
        bool passive = false;
        std::vector<std::size_t> sources, targets;
        std::string path = "words";
        if (parse_says_passive && verb_object) {  // "Iran was condemned by X"
          passive = true;
          sources = parsed_passive.agent.actors;
          targets = parsed_passive.patient.actors;
          path = parsed_passive.agent.path;
          match = Match{};
          match->first = match->last = t;
          // "A journalist was arrested": the target alone (not "must be arrested").
          // So is one whose "by" agent is a thing ("were killed by a roadside bomb").
          if (sources.empty() && one_sided &&
              (!parsed_passive.agent.stated || done_by_thing(sentences[s], t)) &&
              coded_without_doer(pattern.code) && be_passive(sentences[s], t) &&
              !obliged(sentences[s], t)) {
            sources = {kNoActor};
            path = "passive without an agent actor (one-sided)";
          }
          if (sources.empty()) {
            note(pattern, "passive voice without an agent actor");
            continue;
          }
        } else if (passive_by == kNone) {
          match = PatternMatcher(tokens, mentions, pattern, t).run();
          if (!match && syntax.parsed()) match = parse_match(syntax, tokens, mentions, pattern, t);
          if (match) {
            targets = match->targets;
            sources = match->sources;
            // A target after another clause's subject is that clause's ("insisted it would
            // attack X"): not the event verb's. A threat's target is whom it threatens, often
            // inside the clause that states it ("warned the plan could make X targets").
            // (A verb among the pattern's own words is the pattern's: "halted arms deliveries
            // to X", where the parser may read "deliveries" as a verb.)
            auto pattern_word = [&](std::size_t k) { return pattern.has_word(tokens.id(k)); };
            auto in_later_clause = [&](std::size_t m) {
              const std::size_t verb = syntax.later_clause_of(t, m);
              if (verb != kNone && !pattern_word(verb)) return true;
              // The words alone show "an invitation to visit $T" even where the parse fails.
              for (std::size_t k = t + 1; k + 2 < mentions[m].first_token; ++k)
                if (tokens.is(k, WordClass::kUnrealisedNoun) && tokens.is_word(k + 1, "to") &&
                    !pattern_word(k) && !pattern_word(k + 2))
                  return true;
              return false;
            };
            // ("$T*", TABARI's target anywhere later in the clause, reaches into it on purpose.)
            if (!pattern.code.starts_with("13") && !pattern.target_anywhere_later())
              std::erase_if(targets, in_later_clause);
            if (targets.empty() && !match->targets.empty()) {
              note(pattern, "the target belongs to a clause with a subject of its own");
              continue;
            }
          }
        } else {
          passive = true;
          sources = {passive_by};
          match = Match{};
          match->first = t;
          match->last = mentions[passive_by].last_token;
          if (const std::size_t subject = coder.subject_before(t, sources); subject != kNone)
            targets = {subject};
        }
        if (!match) continue;
        // "striving to meet U.S. complaints", "met IMF requirements": meeting a demand, target
        // or criterion satisfies it; it is no meeting.
        if (pattern.code.starts_with("04") && sentences[s].tokens[t].lemma == "meet" &&
            syntax.object_is(t, WordClass::kRequirementNoun)) {
          note(pattern, "meeting a demand, target or criterion is no meeting");
          continue;
        }
        if (const std::string why = not_reported(
                sentences[s], pattern, t, match->last,
                targets.empty() ? kNone : mentions[targets.front()].first_token, syntax.parsed());
            !why.empty()) {
          note(pattern, why);
          continue;
        }
        // "Germany insisted that Isis remained a threat": insisting on a fact is no demand.
        if (pattern.code.starts_with("10") && tokens.is(t, WordClass::kMandativeVerb) &&
            syntax.indicative_complement(t)) {
          note(pattern, "insisting that something is so is no demand");
          continue;
        }
        // A statement is made to its addressee, not to what the addressee owns ("address
        // Turkey's concerns" is no statement to Turkey) nor to what a preposition introduces
        // ("told a press conference following the G7 meeting").
        if (pattern.code.starts_with("01") && verb_object && !passive) {
          // ("in an address to the nation": "to" names whom words are addressed to.)
          std::erase_if(targets, [&](std::size_t m) {
            const std::string preposition =
                preposition_before(sentences[s], mentions[m].first_token, mentions[m].last_token);
            return (pattern.code == "010" && syntax.modifies_object(t, m)) ||
                   (!preposition.empty() && preposition != "to");
          });
        }
        // "Putin, who has backed Assad": a standing relation is background, not an event.
        if (syntax.standing_relation(t)) {
          note(pattern, "a standing relation (perfect, relative clause or participle), not an act");
          continue;
        }
        // "to take back their citizens": the parse says "back" is a particle here, not the verb
        // "to back" the pattern means.
        if (syntax.parsed() &&
            pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
            syntax.is_particle(t)) {
          note(pattern,
               "the parse reads '" + tokens.word(t) + "' as a verb's particle, not a verb");
          continue;
        }
        // "called Aliyev to offer…", "urged Armenia to withdraw…": the object is asked to act;
        // the infinitive's event has not happened.
        if (!passive && pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
            t >= 2 && match->first == t && tokens.is_word(t - 1, "to") &&
            tokens.in_mention(t - 2) && !syntax.done_by_object(t)) {
          note(pattern, "infinitive after an object: its doer is not stated");
          continue;
        }
        // "received an invitation to visit Turkey", "an attempt to reach Aleppo": an act after
        // such a noun is proposed or tried, not done (whatever the parser hung it on).
        // So is an act asked about: "met to discuss how to protect the Kurds".
        // ("Greece plans to impose …": a verb of intending is no such noun; the act is intended.)
        const bool noun_before = t < 2 || !(syntax.parsed() && syntax.is_verb(t - 2));
        if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb && t >= 2 &&
            match->first == t && tokens.is_word(t - 1, "to") &&
            ((tokens.is(t - 2, WordClass::kUnrealisedNoun) && noun_before) ||
             tokens.is(t - 2, WordClass::kQuestionWord))) {
          note(pattern, "an infinitive completing '" + tokens.word(t - 2) + "': not done");
          continue;
        }
        // "has tweeted about firing missiles into Syria", "talk of attacking": an -ing act
        // after "about" or "of" is what is spoken or thought of, not done.
        if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb && t >= 1 &&
            match->first == t && sentences[s].tokens[t].xpos == "VBG" &&
            (tokens.is_word(t - 1, "about") || tokens.is_word(t - 1, "of"))) {
          note(pattern, "an -ing act after '" + tokens.word(t - 1) + "': a topic, not done");
          continue;
        }
        // CAMEO codes a refusal to cooperate as a rejection (12x: "refused to meet" 125, "will
        // not provide aid" 122); other refused and negated events are not coded.
        std::string recoded;
        bool refused = false;
        // "an attack on Syria may not take place": the noun's event is as its verb of occurring.
        const std::size_t occurring = syntax.occurrence_verb(t, match->last);
        const std::size_t said_at = occurring != kNone ? occurring : match->first;
        if (const std::string negated = coder.negation_before(said_at); !negated.empty()) {
          recoded = negated.starts_with("refusal") ? refused_code(pattern.code) : "";
          if (recoded.empty()) {
            note(pattern, negated);
            continue;
          }
          refused = true;
        }
        // What the source says it will do: a threat (13) or an intent to cooperate (03).
        const bool intended = patterns_.codes_intentions() && !passive && syntax.parsed() &&
                              syntax.is_verb(t) && syntax.intended(t);
        if (intended && recoded.empty())
          recoded =
              syntax.threatened(t) ? threatened_code(pattern.code) : intended_code(pattern.code);
        // "“Don't overburden Iraq,” Salih told Trump": telling the addressee what to do is a
        // demand (CAMEO 10), not a statement.
        if (recoded.empty() && pattern.code.starts_with("01") && !passive &&
            tokens.is(t, WordClass::kSpeechVerb) && syntax.quotes_command())
          recoded = "100";
        if (pattern.mutual()) {
          // A mutual pattern ("{meet}", "talks", "{exchange} fire"): the event holds between
          // every two of its parties — a compound subject ("Russia and Turkey met"), or the
          // "between A and B" of an event noun ("a deal between A and B").
          if (syntax.has_object_outside(t, match->first, match->last)) {
            note(pattern, "a verb with an object of its own is not mutual");
            continue;
          }
          SyntaxActors parties;
          if (syntax.parsed() && syntax.is_noun(t)) parties = syntax.between(t);
          if (syntax.parsed() && parties.actors.size() < 2)
            parties = syntax.is_noun(t) ? syntax.noun_agents(t) : syntax.subject_of(t);
          // "They have been negotiated under GATT rules": a passive's subject is what was
          // negotiated or agreed, not the parties (who are its "by" agents).
          // (Not a participle the parse calls a reduced passive: "ministers from the three
          // countries met in Antalya".)
          if (parse_says_passive && !parsed_passive.agent.stated && be_passive(sentences[s], t)) {
            note(pattern, "a mutual act in the passive without its agents names no parties");
            continue;
          }
          resolve(parties);
          if (parties.actors.size() < 2 && !parties.stated) {  // no reading in the parse
            // The parties of an event noun ("talks", "deal") are the subject of a clause it is
            // part of ("A and B, whose ministers met, negotiated a deal"), never an actor
            // elsewhere before it ("After visiting the U.S. and Italy, Funaro flew to Tokyo for
            // talks"). A verb pattern in a parse without any verb is the parse's error.
            const bool event_noun =
                syntax.parsed() && syntax.is_noun(t) &&
                (pattern.elements[pattern.anchor].kind != PatternElement::Kind::kVerb ||
                 !syntax.verbless());
            if (const std::size_t subject = coder.subject_before(match->first, {});
                subject != kNone && (!event_noun || syntax.subject_above(subject, t)))
              parties.actors = coder.compound_with(subject);
            parties.path = "words";
          }
          if (parties.actors.size() < 2) {
            note(pattern, "a mutual event needs two parties (\"A and B met\")");
            continue;
          }
          sources = targets = parties.actors;
          path = parties.path + " (mutual)";
        }
        // "“Israel must leave Lebanon,” the minister said": a pattern whose target heads the
        // clause ("$T must leave") is said by the quotation's speaker.
        const bool target_first =
            pattern.anchor > 0 && pattern.elements[0].kind == PatternElement::Kind::kTarget;
        // "There will be no attack on X," the minister said: a clause with an expletive subject
        // names no doer; who states it is its source, as for a target heading the clause.
        const auto& opening = pattern.elements[0];
        const bool expletive = opening.kind == PatternElement::Kind::kWords &&
                               opening.words.size() == 1 && opening.words.contains("there");
        const bool stated_by_speaker = target_first || expletive;
        if (stated_by_speaker && sources.empty() && coder.quoted(match->first)) {
          const std::size_t speaker = coder.speaker();
          if (speaker != kNone &&
              std::find(targets.begin(), targets.end(), speaker) == targets.end()) {
            sources = {speaker};
            path = "the quotation's speaker";
          }
        }
        // "Russia said Sudan must return the helicopter": so is one reported without quotes.
        if (stated_by_speaker && sources.empty()) {
          SyntaxActors reporter = syntax.reporter_of(t);
          resolve(reporter);
          std::erase_if(reporter.actors, [&](std::size_t m) {
            return std::find(targets.begin(), targets.end(), m) != targets.end();
          });
          if (!reporter.actors.empty()) {
            sources = reporter.actors;
            path = reporter.path;
          }
        }
        if (sources.empty() && !passive) {
          const auto& anchor = pattern.elements[pattern.anchor];
          const bool be_form = anchor.words.contains("is") || anchor.words.contains("was");
          // The parse names the doer when it can: the verb's subject (over conjunctions,
          // relative clauses, participles and controlled infinitives) or the event noun's
          // possessor, "by" phrase or light verb.
          // Where the parse and the pattern disagree on the word ("cut" read as a noun in
          // "{cut} ties"), the parse is not trusted.
          const bool pattern_verb = anchor.kind == PatternElement::Kind::kVerb;
          const bool trusted = syntax.parsed() && (be_form || !pattern_verb || syntax.is_verb(t));
          SyntaxActors agents;
          if (trusted)
            agents = syntax.is_noun(t) && !be_form ? syntax.noun_agents(t) : syntax.subject_of(t);
          resolve(agents);
          // A noun's "by" phrase that is the pattern's own target ("an investigation into
          // crimes by $T") says nothing about the doer.
          if (agents.stated && !agents.actors.empty() &&
              std::all_of(agents.actors.begin(), agents.actors.end(), [&](std::size_t m) {
                return std::find(targets.begin(), targets.end(), m) != targets.end();
              }))
            agents = {};
          if (agents.first_person) {
            if (const std::size_t speaker = coder.speaker(); speaker != kNone) sources = {speaker};
            path = agents.path + " (we: the speaker)";
          } else if (agents.stated) {
            std::erase_if(agents.actors, [&](std::size_t m) {
              return std::find(targets.begin(), targets.end(), m) != targets.end();
            });
            sources = agents.actors;
            path = agents.path;
            // "A roadside bomb killed two soldiers": force done by a thing, its doer not named.
            if (sources.empty() && one_sided && !agents.refers_back &&
                coded_without_doer(pattern.code) && done_by_thing(sentences[s], t) &&
                !obliged(sentences[s], t)) {
              sources = {kNoActor};
              path = agents.path + " is a thing (one-sided)";
            }
            if (sources.empty()) {
              note(pattern, "the parse's " + agents.path + " is not an actor");
              continue;
            }
          } else if (match->owned_words.empty()) {
            // No subject in the parse (a headline fragment, an unparsed sentence): the nearest
            // actor heading the clause before the words. (Not for words read through an
            // actor's name, "withdrawing US troops": the nearest actor is then too often
            // someone else than the one whose troops they are.)
            const bool verb =
                be_form || (anchor.kind == PatternElement::Kind::kVerb && !coder.used_as_noun(t));
            const std::size_t subject = verb ? coder.subject_before(match->first, targets)
                                             : coder.noun_source(match->first, targets);
            if (subject != kNone) sources = coder.compound_with(subject);
          }
        }
        // Where the words gave one target, the parse may see its list ("asking Britain,
        // France, Germany and other European allies"); a list the words found stands.
        if (syntax.parsed() && !pattern.mutual() && targets.size() == 1) {
          targets = syntax.with_conjuncts(targets.front());  // sorted, without repeats
          std::erase_if(targets, [&](std::size_t m) {
            return std::find(sources.begin(), sources.end(), m) != sources.end();
          });
        }
        for (const std::size_t owned : match->owned_words) {
          std::erase(sources, owned);
          std::erase(targets, owned);
        }
        if (sources.empty()) {
          note(pattern, "no source actor before the event words");
          continue;
        }
        // "Students demonstrated": an act that needs no target (events/one_sided.h).
        if (targets.empty() && pattern.one_sided) {
          const std::string why = not_one_sided_act(
              sentences[s], t, match->first, match->last,
              pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb,
              syntax.parsed() ? syntax.is_verb(t) : !coder.used_as_noun(t));
          if (!why.empty()) {
            note(pattern, why);
            continue;
          }
          targets = {kNoActor};
        }
        if (targets.empty()) {
          note(pattern, "no target actor");
          continue;
        }
        // A refusal is made now, whatever tense it speaks of ("will not provide").
        const std::string modality = refused    ? "asserted"
                                     : intended ? "future"
                                                : coder.modality_before(said_at);
        for (const std::size_t source : sources) {
          for (const std::size_t target : targets) {
            if (pattern.mutual() && source == target) continue;
            const ActorMention &doer = actor_at(mentions, source),
                               &done_to = actor_at(mentions, target);
            if (source == target || self_event(doer, done_to, pattern.code)) {
              note(pattern, "self-event " + doer.code + " → " + done_to.code);
              continue;
            }
            Event event;
            event.sentence = s;
            event.source = source;
            event.target = target;
            event.recoded = recoded;
            if (recoded.empty() && fight_in_words(pattern, doer, done_to)) event.recoded = "111";
            event.cameo = cameo_.find(event.recoded.empty() ? pattern.code : event.recoded);
            event.modality = modality;
            event.passive = passive;
            event.path = path;
            event.predicate = t;
            event.pattern = &pattern;
            // The evidence runs from the first to the last word that proves the event, actors
            // included when they are in this sentence (a quoted "we" has its speaker elsewhere).
            const auto& tk = sentences[s].tokens;
            event.span = {tk[match->first].span.begin, tk[match->last].span.end};
            for (const ActorMention* actor : {&doer, &done_to}) {
              if (actor->sentence != s) continue;
              event.span.begin = std::min(event.span.begin, actor->span.begin);
              event.span.end = std::max(event.span.end, actor->span.end);
            }
            found.push_back(event);
            words_of.emplace_back(match->first, match->last);
            if (!pattern.paired_code.empty() && event.recoded.empty()) {
              Event reverse = event;
              std::swap(reverse.source, reverse.target);
              reverse.reverse = true;
              reverse.cameo = cameo_.find(pattern.paired_code);
              found.push_back(reverse);
              words_of.emplace_back(match->first, match->last);
            }
          }
        }
      }
    }
    // One event per source, target and event word: the most specific pattern.
    std::vector<bool> keep(found.size(), true);
    for (std::size_t i = 0; i < found.size(); ++i)
      for (std::size_t j = 0; j < found.size(); ++j) {
        if (i == j || !keep[i] || !keep[j]) continue;
        const bool same = found[i].source == found[j].source && found[i].target == found[j].target;
        // The same event word: one pattern's words hold the other's ("expressed concern about
        // X" and "concern about X"); "agreed … at a summit" has two.
        auto within = [&](std::size_t t, std::size_t k) {
          return words_of[k].first <= t && t <= words_of[k].second;
        };
        const bool overlap = within(found[i].predicate, j) || within(found[j].predicate, i);
        const bool duplicate = found[i].pattern == found[j].pattern && j < i;
        if (same && overlap && (duplicate || more_specific(*found[j].pattern, *found[i].pattern)))
          keep[i] = false;
        // A bare verb ("{celebrate} $T*") where a longer pattern read the same verb for the same
        // source ("celebrated Eid at ^ with $T") took its target from words the longer one
        // explains: the verb's event is that one.
        const auto& bare = *found[i].pattern;
        if (found[i].source == found[j].source && found[i].predicate == found[j].predicate &&
            bare.has_target && bare.literals == 1 &&
            bare.elements[bare.anchor].kind == PatternElement::Kind::kVerb &&
            found[j].pattern->literals > 1)
          keep[i] = false;
      }
    auto same_dyad = [&](const Event& a, const Event& b) {
      return actor_at(mentions, a.source).code == actor_at(mentions, b.source).code &&
             actor_at(mentions, a.target).code == actor_at(mentions, b.target).code;
    };
    // The same source, target and code twice in one sentence ("met his Armenian counterpart and
    // the Armenian foreign minister") is one event.
    for (std::size_t i = 0; i < found.size(); ++i)
      for (std::size_t j = 0; j < i && keep[i]; ++j)
        if (keep[j] && found[j].code() == found[i].code() && same_dyad(found[j], found[i]))
          keep[i] = false;
    // "Iraq hit back at Trump, saying that …": what the source says in elaborating its own act
    // towards the same target is that act's content, not a statement of its own.
    std::vector<bool> elaboration(found.size(), false);
    for (std::size_t i = 0; i < found.size(); ++i)
      for (std::size_t j = 0; j < found.size() && keep[i]; ++j)
        if (j != i && keep[j] && found[i].code().starts_with("01") &&
            !found[j].code().starts_with("01") && same_dyad(found[j], found[i]) &&
            syntax.elaborates(found[i].predicate, found[j].predicate))
          keep[i] = false, elaboration[i] = true;
    const std::size_t first_of_sentence = events.size();
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (keep[i]) {
        note(*found[i].pattern, "coded " + actor_at(mentions, found[i].source).code + " → " +
                                    actor_at(mentions, found[i].target).code);
        events.push_back(found[i]);
      } else if (elaboration[i]) {
        note(*found[i].pattern, "says what the source's own act towards the target is");
      } else {
        note(*found[i].pattern, "superseded by a more specific pattern on the same words");
      }
    }
    // "The UAE reopened its embassy in Damascus. Bahrain followed suit.": the previous sentence's
    // events again, with the new actor as their source.
    if (found.empty() && previous_first < first_of_sentence && s > 0 &&
        events[previous_first].sentence == s - 1) {
      for (std::size_t t = 0; t + 1 < tokens.size(); ++t) {
        if (!follows_suit_at(sentences[s].tokens, t)) continue;
        std::vector<std::size_t> sources;
        SyntaxActors agents;
        if (syntax.parsed() && syntax.is_verb(t)) agents = syntax.subject_of(t);
        antecedents.resolve(agents, s + 1);  // this sentence's own subject counts
        if (agents.stated) {
          sources = agents.actors;
        } else if (const std::size_t subject = coder.subject_before(t, {}); subject != kNone) {
          sources = coder.compound_with(subject);
        }
        const std::size_t previous_end = first_of_sentence;
        for (const std::size_t source : sources)
          for (std::size_t e = previous_first; e < previous_end; ++e) {
            Event copy = events[e];
            // (A passive's absent doer is no act the follower repeats.)
            if (copy.source == source || copy.source == kNoActor ||
                self_event(mentions[source], actor_at(mentions, copy.target), copy.pattern->code))
              continue;
            copy.sentence = s;
            copy.source = source;
            copy.predicate = t;
            copy.path = (agents.stated ? agents.path : std::string("words")) + " (followed suit)";
            const auto& tk = sentences[s].tokens;
            copy.span = {std::min(tk[t].span.begin, mentions[source].span.begin),
                         std::max(tk[t + 1].span.end, mentions[source].span.end)};
            note(*copy.pattern, "followed suit: coded " + mentions[source].code + " → " +
                                    actor_at(mentions, copy.target).code);
            events.push_back(copy);
          }
        break;
      }
    }
    if (events.size() > first_of_sentence) previous_first = first_of_sentence;
  }
  return events;
}

}  // namespace dyad
