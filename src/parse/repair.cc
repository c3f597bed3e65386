#include "parse/repair.h"

#include <algorithm>
#include <cstddef>

namespace dyad::parse {

namespace {

bool nominal(const WordAnalysis& w) {
  return w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON";
}

bool relation_is(const WordAnalysis& w, std::string_view relation) {
  return w.deprel == relation ||
         (w.deprel.starts_with(relation) && w.deprel.size() > relation.size() &&
          w.deprel[relation.size()] == ':');
}

bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;  // ASCII letters; prepositions are ASCII
  return true;
}

// Re-attaches the conjuncts of `old_head` that follow `word` to `word`: the rest of the list
// moves with its first member.
void move_later_conjuncts(std::vector<WordAnalysis>& tree, int old_head, int word) {
  for (std::size_t i = static_cast<std::size_t>(word) + 1; i < tree.size(); ++i)
    if (tree[i].head == old_head && tree[i].deprel == "conj") tree[i].head = word;
}

// Finite verb forms: past, and present third person or not.
bool finite(const WordAnalysis& w) {
  return w.upos == "VERB" && (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP");
}

// "Assad said his troops would liberate the country and warned the Kurds": a bare infinitive
// ("would liberate", "to liberate") cannot be coordinated with a finite verb, so a finite
// conjunct hung on it belongs to the finite verb of the same form whose clause the infinitive
// completes ("said … and warned").
void repair_verb_conjuncts(std::vector<WordAnalysis>& tree) {
  for (std::size_t x = 0; x < tree.size(); ++x) {
    WordAnalysis& word = tree[x];
    if (word.head == kRoot || word.deprel != "conj" || !finite(word)) continue;
    const int bare = word.head;
    const WordAnalysis& infinitive = tree[bare];
    if (infinitive.upos != "VERB" || infinitive.xpos != "VB" || infinitive.head == kRoot ||
        !(relation_is(infinitive, "ccomp") || relation_is(infinitive, "xcomp")))
      continue;
    const int governor = infinitive.head;
    if (!finite(tree[governor]) || tree[governor].xpos != word.xpos ||
        governor > static_cast<int>(x))
      continue;
    word.head = governor;
    move_later_conjuncts(tree, bare, static_cast<int>(x));
  }
}

// A day of the week.
bool day_of_week(std::string_view word) {
  static constexpr std::string_view kDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                               "Friday", "Saturday", "Sunday"};
  return std::any_of(std::begin(kDays), std::end(kDays),
                     [&](std::string_view day) { return same_word(word, day); });
}

// A time word that names one day: a day of the week, "today", "tonight" or "yesterday".
bool one_day(std::string_view word) {
  return day_of_week(word) || same_word(word, "today") || same_word(word, "tonight") ||
         same_word(word, "yesterday");
}

// The root of the tree, or -1.
int root_of(const std::vector<WordAnalysis>& tree) {
  int root = -1;
  for (int i = 0; i < static_cast<int>(tree.size()); ++i)
    if (tree[i].head == kRoot) root = i;
  return root;
}

// "Israeli troops killed at least eight Palestinian militants" parsed as a noun phrase whose
// participle "killed" has "militants" as its passive agent: a passive's agent is always
// introduced by "by", so an agent without it is the object of a main verb, and the root noun
// that the participle describes is that verb's subject.
void repair_agents_without_by(std::span<const std::string_view> words,
                              std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  for (int a = 0; a < n; ++a) {
    if (tree[a].deprel != "obl:agent" || tree[a].head == kRoot) continue;
    const int verb = tree[a].head;
    WordAnalysis& participle = tree[verb];
    if (participle.upos != "VERB" || participle.deprel != "acl" || participle.head == kRoot)
      continue;
    const int noun = participle.head;
    if (tree[noun].head != kRoot || !nominal(tree[noun]) || noun > verb) continue;
    bool by = false, verb_clause = false;
    for (int c = 0; c < n; ++c) {
      if (tree[c].head == a && relation_is(tree[c], "case") && same_word(words[c], "by")) by = true;
      // A noun that already has a verb of its own (a subject's clause) is no misread sentence.
      if (c != verb && tree[c].head == noun && tree[c].upos == "VERB" &&
          (relation_is(tree[c], "acl") || relation_is(tree[c], "nsubj")))
        verb_clause = true;
    }
    if (by || verb_clause) continue;
    tree[a].deprel = "obj";
    participle.head = kRoot;
    participle.deprel = "root";
    if (participle.xpos == "VBN") participle.xpos = "VBD";
    tree[noun].head = verb;
    tree[noun].deprel = "nsubj";
    for (int c = 0; c < n; ++c)  // the rest of the sentence hangs on the verb now
      if (c != verb && tree[c].head == noun && c > verb) tree[c].head = verb;
  }
}

// "President Bashir, following the peace deal, has taken steps …": a noun with a preposition of
// its own ("following the deal") and no copula is an oblique, and an oblique has no subject. A
// subject the parser hung on it before its first preposition belongs to the verb the oblique
// hangs on, when that verb has none. (One after a preposition the oblique took from it, "support
// for Thatcher following her trip", is left as it is.)
void repair_subject_of_oblique(std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  std::vector<int> case_of(n, -1), cop_of(n, -1), subject_of(n, -1);
  for (int i = 0; i < n; ++i) {
    const int h = tree[i].head;
    if (h == kRoot) continue;
    if (relation_is(tree[i], "case") && tree[i].upos != "PART" && case_of[h] < 0) case_of[h] = i;
    if (relation_is(tree[i], "cop")) cop_of[h] = i;
    if (relation_is(tree[i], "nsubj") && subject_of[h] < 0) subject_of[h] = i;
  }
  for (int noun = 0; noun < n; ++noun) {
    const int subject = subject_of[noun];
    const int verb = tree[noun].head;
    // ("With this in mind, …": a subject with a preposition of its own is a small clause's.)
    if (subject < 0 || verb == kRoot || case_of[noun] < 0 || cop_of[noun] >= 0 ||
        !nominal(tree[noun]) || !relation_is(tree[noun], "obl") || tree[verb].upos != "VERB" ||
        subject_of[verb] >= 0 || subject > case_of[noun] || case_of[subject] >= 0)
      continue;
    tree[subject].head = verb;
    subject_of[verb] = subject;
    for (int c = 0; c < n; ++c)  // "… was described as": the subject of a passive
      if (tree[c].head == verb && tree[c].deprel == "aux:pass") tree[subject].deprel = "nsubj:pass";
  }
}

// "Arab League Secretary-General Chedli Klibi today urged …", "Nigeria today announced that …",
// "French warships on Monday launched …": a name, a time word ("today", "yesterday", "tonight",
// or a day of the week, "on" before it or not) and a finite verb are subject, adverb and verb. A
// greedy parser that makes the name the root, and the verb a clause hung on it (with the time word
// as its subject, or its unmarked oblique), is repaired so: the verb is the root, the name its
// subject, the time word its temporal oblique.
void repair_subject_time_verb(std::span<const std::string_view> words,
                              std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  for (int i = 1; i + 1 < n; ++i) {
    if (!one_day(words[i])) continue;
    // The time phrase [start, i]: the time word, after "on" for a day of the week.
    const int start = day_of_week(words[i]) && same_word(words[i - 1], "on") ? i - 1 : i;
    const int verb = i + 1;
    if (!finite(tree[verb])) continue;
    const int root = tree[verb].head;
    if (root < 0 || root >= start || tree[root].head != kRoot || !nominal(tree[root])) continue;
    if (!(relation_is(tree[verb], "acl") || relation_is(tree[verb], "parataxis") ||
          relation_is(tree[verb], "appos")))
      continue;
    if (tree[i].head != verb && tree[i].head != root) continue;
    bool other_subject = false;
    for (int c = 0; c < n; ++c)
      if (c != i && tree[c].head == verb && relation_is(tree[c], "nsubj")) other_subject = true;
    if (other_subject) continue;
    tree[verb].head = kRoot;
    tree[verb].deprel = "root";
    tree[root].head = verb;
    tree[root].deprel = "nsubj";
    tree[i].head = verb;
    tree[i].deprel = start < i ? "obl" : "obl:tmod";
    for (int c = verb + 1; c < n; ++c)  // what follows the verb is the verb's
      if (tree[c].head == root) tree[c].head = verb;
  }
}

// Whether the verb at `verb` is a "to"-infinitive: a "to" before it marks it.
bool to_infinitive(std::span<const std::string_view> words, const std::vector<WordAnalysis>& tree,
                   int verb) {
  for (int c = 0; c < verb; ++c)
    if (tree[c].head == verb && relation_is(tree[c], "mark") && same_word(words[c], "to"))
      return true;
  return false;
}

// A day takes no infinitive of its own: "has until midnight tonight to set the duty", "called
// Thursday on Arabs to unite". An infinitive the parser hung on a day's name, "today",
// "tonight" or "yesterday" belongs to the verb (or noun) the time word itself modifies.
void repair_infinitives_on_time_words(std::span<const std::string_view> words,
                                      std::vector<WordAnalysis>& tree) {
  // (Not "week", "month" or "year", which may: "the critical month to see what they do", "the
  // year to end March".)
  const int n = static_cast<int>(tree.size());
  for (int v = 0; v < n; ++v) {
    WordAnalysis& verb = tree[v];
    const int time = verb.head;
    if (time == kRoot || time > v || verb.upos != "VERB" ||
        !(relation_is(verb, "acl") || relation_is(verb, "advcl")))
      continue;
    if (!one_day(words[time])) continue;
    const int governor = tree[time].head;
    if (governor == kRoot || !to_infinitive(words, tree, v)) continue;
    // ("a week of attacks forced thousands to flee": a verb between is the infinitive's.)
    bool verb_between = false;
    for (int c = time + 1; c < v; ++c) verb_between |= tree[c].upos == "VERB";
    if (verb_between) continue;
    verb.head = governor;
    verb.deprel = tree[governor].upos == "VERB" ? "advcl" : "acl";
  }
}

// Words that open a subordinate clause of time, cause, condition or concession.
bool subordinator(std::string_view word) {
  static constexpr std::string_view kSubordinators[] = {
      "unless",  "if",    "because", "although", "though", "while", "whilst",
      "whereas", "until", "before",  "after",    "when",   "once",  "as"};
  return std::any_of(std::begin(kSubordinators), std::end(kSubordinators),
                     [&](std::string_view s) { return same_word(word, s); });
}

// "The parliament threatened on Monday to break relations unless the Kremlin closed its base",
// "Queues formed at petrol stations as motorists filled up": a clause that opens with "unless",
// "as", "while" … has its subject after that word, so a subject before it, beside the
// clause's own, belongs to the main clause. A greedy parser that makes the subordinate verb
// the root, with the main verb a participle hung on the first subject, is repaired so: that
// verb is the root, the first subject its subject, the subordinate clause its adverbial, and an
// infinitive the parser hung on the subject completes the verb ("threatened … to break").
void repair_subject_before_subordinator(std::span<const std::string_view> words,
                                        std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  const int root = root_of(tree);
  if (root < 0 || tree[root].upos != "VERB") return;
  int mark = -1, first_subject = -1, own_subject = -1;
  for (int c = 0; c < root; ++c) {
    if (tree[c].head != root) continue;
    if (relation_is(tree[c], "mark") && tree[c].upos == "SCONJ" && subordinator(words[c]) &&
        mark < 0)
      mark = c;
    if (relation_is(tree[c], "nsubj")) (mark < 0 ? first_subject : own_subject) = c;
  }
  if (mark < 0 || first_subject < 0 || own_subject < 0 || !nominal(tree[first_subject])) return;
  int verb = -1;
  for (int c = first_subject + 1; c < mark && verb < 0; ++c)
    if (tree[c].head == first_subject && tree[c].deprel == "acl" && tree[c].upos == "VERB" &&
        (tree[c].xpos == "VBD" || tree[c].xpos == "VBN"))
      verb = c;
  if (verb < 0) return;
  for (int c = 0; c < n; ++c)  // a participle with a subject or subordinator of its own stays
    if (tree[c].head == verb && (relation_is(tree[c], "nsubj") || relation_is(tree[c], "mark")))
      return;
  tree[verb].head = kRoot;
  tree[verb].deprel = "root";
  if (tree[verb].xpos == "VBN") tree[verb].xpos = "VBD";
  tree[first_subject].head = verb;
  tree[first_subject].deprel = "nsubj";
  tree[root].head = verb;
  tree[root].deprel = "advcl";
  for (int c = 0; c < mark; ++c)  // what comes before "unless" is the main verb's
    if (tree[c].head == root) tree[c].head = verb;
  bool completed = false;
  for (int c = verb + 1; c < mark; ++c) {
    if (tree[c].head != first_subject || tree[c].upos != "VERB" || !to_infinitive(words, tree, c))
      continue;
    tree[c].head = verb;
    tree[c].deprel = completed ? "advcl" : "xcomp";
    completed = true;
  }
}

// Whether `word` is `ancestor` or lies in the phrase it heads.
bool inside(const std::vector<WordAnalysis>& tree, int word, int ancestor) {
  for (std::size_t step = 0; step <= tree.size() && word != kRoot; ++step) {
    if (word == ancestor) return true;
    word = tree[word].head;
  }
  return false;
}

// "Aristide has been accused of misusing funds, much of it believed to have been embezzled, by
// Haitian officials": a comma before "by" closes the clause set off between commas, so the "by"
// phrase after it is not that clause's; it is the agent of the passive the clause interrupts.
// (Without the comma, "believed to have been embezzled by officials" keeps its agent.)
void repair_agents_after_inserted_clause(std::span<const std::string_view> words,
                                         std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  for (int by = 1; by + 1 < n; ++by) {
    if (!same_word(words[by], "by") || words[by - 1] != "," || !relation_is(tree[by], "case"))
      continue;
    const int agent = tree[by].head;
    if (agent == kRoot || agent < by || !relation_is(tree[agent], "obl")) continue;
    // The clause it hangs in: the highest one below a passive verb that began after a comma.
    int clause = tree[agent].head;
    while (clause != kRoot && tree[clause].head != kRoot &&
           !(relation_is(tree[clause], "parataxis") || relation_is(tree[clause], "advcl") ||
             relation_is(tree[clause], "acl") || relation_is(tree[clause], "appos")))
      clause = tree[clause].head;
    if (clause == kRoot || tree[clause].head == kRoot) continue;
    const int passive = tree[clause].head;
    if (tree[passive].upos != "VERB" || passive > clause) continue;
    int first = clause;  // the clause's first word (its commas aside)
    for (int c = 0; c < clause; ++c)
      if (tree[c].upos != "PUNCT" && inside(tree, c, clause)) {
        first = c;
        break;
      }
    if (first == 0 || words[first - 1] != "," || first - 1 <= passive) continue;
    bool patient = false, has_agent = false;
    for (int c = 0; c < n; ++c) {
      if (tree[c].head != passive) continue;
      if (relation_is(tree[c], "nsubj:pass") || tree[c].deprel == "aux:pass") patient = true;
      if (tree[c].deprel == "obl:agent") has_agent = true;
    }
    if (!patient || has_agent) continue;
    tree[agent].head = passive;
    tree[agent].deprel = "obl:agent";
  }
}

// "Albania denounced as an ugly crime Serbia's suppression of …": a noun has an article or a
// possessor, never both, and the possessor comes first; a phrase read as "an ugly crime
// Serbia's suppression" is two: the "as" phrase ends before the possessor, and the heavy
// object after it is the verb's object, shifted after the shorter phrase.
void repair_object_after_as_phrase(std::span<const std::string_view> words,
                                   std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  for (int noun = 0; noun < n; ++noun) {
    WordAnalysis& object = tree[noun];
    const int verb = object.head;
    if (verb == kRoot || verb > noun || tree[verb].upos != "VERB" || !relation_is(object, "obl"))
      continue;
    int as = -1, article = -1, possessor = -1, has_object = 0;
    for (int c = 0; c < n; ++c) {
      if (tree[c].head == verb && relation_is(tree[c], "obj")) ++has_object;
      if (tree[c].head != noun) continue;
      if (relation_is(tree[c], "case") && same_word(words[c], "as")) as = c;
      if (tree[c].deprel == "det" && tree[c].upos == "DET" && article < 0) article = c;
      if (tree[c].deprel == "nmod:poss" && possessor < 0) possessor = c;
    }
    if (as < 0 || article < 0 || possessor < 0 || has_object > 0 || !(as < article) ||
        !(article < possessor) || tree[possessor].upos != "PROPN")
      continue;
    int complement = -1;  // the last noun before the possessor: the "as" phrase's head
    for (int c = article + 1; c < possessor; ++c)
      if (tree[c].head == noun && tree[c].upos == "NOUN" && tree[c].deprel == "compound")
        complement = c;
    if (complement < 0) continue;
    tree[complement].head = verb;
    tree[complement].deprel = "obl";
    for (int c = as; c < complement; ++c)
      if (tree[c].head == noun) tree[c].head = complement;
    object.deprel = "obj";
  }
}

// "In what has been described as a u-turn, President X has reneged on …": a clause whose
// subject "what" follows a preposition is that preposition's object, an adverbial set before
// the main clause; it is never the sentence's main clause. A greedy parser that makes its verb
// the root, the main verb after the comma its conjunct and the main subject a noun of the
// adverbial, is repaired so: the verb after the comma is the root, the noun phrase between the
// comma and it its subject, the fronted clause its adverbial.
void repair_fronted_free_relative(std::span<const std::string_view> words,
                                  std::vector<WordAnalysis>& tree) {
  const int n = static_cast<int>(tree.size());
  const int root = root_of(tree);
  if (root < 2 || tree[root].upos != "VERB") return;
  int what = -1;
  for (int c = 1; c < root; ++c)
    if (tree[c].head == root && relation_is(tree[c], "nsubj") && same_word(words[c], "what") &&
        tree[c - 1].head == c && relation_is(tree[c - 1], "case"))
      what = c;
  if (what < 0) return;
  int comma = -1;
  for (int c = root + 1; c < n && comma < 0; ++c)
    if (words[c] == ",") comma = c;
  if (comma < 0) return;
  int verb = -1;
  for (int c = comma + 1; c < n && verb < 0; ++c)
    if (tree[c].head == root && tree[c].upos == "VERB" &&
        (relation_is(tree[c], "conj") || relation_is(tree[c], "parataxis")))
      verb = c;
  if (verb < 0) return;
  int subject = -1, heads = 0;  // the one phrase between the comma and the verb
  for (int c = comma + 1; c < verb; ++c) {
    if (tree[c].head > comma && tree[c].head < verb) continue;
    if (tree[c].upos == "AUX" || tree[c].upos == "ADV" || tree[c].upos == "PUNCT") continue;
    ++heads;
    subject = c;
  }
  if (heads != 1 || !nominal(tree[subject])) return;
  for (int c = 0; c < n; ++c)
    if (tree[c].head == verb && (relation_is(tree[c], "nsubj") || relation_is(tree[c], "cc")))
      return;
  tree[verb].head = kRoot;
  tree[verb].deprel = "root";
  tree[root].head = verb;
  tree[root].deprel = "advcl";
  tree[subject].head = verb;
  tree[subject].deprel = "nsubj";
  for (int c = comma; c < n; ++c)  // the comma and what follows are the main clause's
    if (tree[c].head == root) tree[c].head = verb;
}

}  // namespace

void repair_attachments(std::span<const std::string_view> words, std::vector<WordAnalysis>& tree) {
  // Looked up once, so that a long sentence is repaired in linear time: the first "case" and
  // "cc" child of each word, the case on a name part before it ("by Vladimir Putin": the case
  // hangs on "Vladimir"), and the nominal objects of each word in order. The repairs
  // below re-attach only conjuncts and bare obliques, never these.
  const int n = static_cast<int>(tree.size());
  std::vector<int> case_of(n, -1), cc_of(n, -1), name_part_case(n, -1);
  std::vector<std::vector<int>> objects(n);
  for (int i = 0; i < n; ++i) {
    const int h = tree[i].head;
    if (h == kRoot) continue;
    if (relation_is(tree[i], "case") && case_of[h] < 0) case_of[h] = i;
    if (relation_is(tree[i], "cc") && cc_of[h] < 0) cc_of[h] = i;
    if (nominal(tree[i]) && (tree[i].deprel == "obj" || tree[i].deprel == "iobj"))
      objects[h].push_back(i);
  }
  for (int i = 0; i < n; ++i) {  // the first name part before its head that has a case
    const int h = tree[i].head;
    if (h != kRoot && i < h && (tree[i].deprel == "compound" || tree[i].deprel == "flat") &&
        case_of[i] >= 0 && name_part_case[h] < 0)
      name_part_case[h] = case_of[i];
  }
  for (int x = 0; x < n; ++x) {
    WordAnalysis& word = tree[x];
    if (word.head == kRoot || !nominal(word)) continue;
    const int head = word.head;
    const WordAnalysis& first = tree[head];
    // "asked Peru, Bolivia, …": a name after a comma hung on the verb as a bare oblique.
    const bool bare_oblique = word.deprel == "obl" && x > 0 && words[x - 1] == "," &&
                              case_of[x] < 0 && first.upos == "VERB";
    if (word.deprel != "conj" && !bare_oblique) continue;
    if (first.upos == "VERB") {
      // A list member on the verb: conjunct of the verb's last object before it, if any.
      const auto& on_verb = objects[head];
      const auto after = std::lower_bound(on_verb.begin(), on_verb.end(), x);
      if (after != on_verb.begin() && *(after - 1) > head) {
        word.head = *(after - 1);
        word.deprel = "conj";
      }
      continue;
    }
    // An oblique's conjunct with another preposition and no "and"/"or" of its own.
    if (!(relation_is(first, "obl") || relation_is(first, "nmod")) || first.head == kRoot) continue;
    const int own_case = case_of[x] >= 0 ? case_of[x] : name_part_case[x];
    if (own_case < 0 || cc_of[x] >= 0) continue;
    const int first_case = case_of[head];
    if (first_case >= 0 && same_word(words[first_case], words[own_case])) continue;
    word.head = first.head;
    word.deprel = same_word(words[own_case], "by") && tree[first.head].xpos == "VBN" ? "obl:agent"
                  : relation_is(first, "obl")                                        ? "obl"
                                                                                     : "nmod";
    move_later_conjuncts(tree, head, x);
  }
  repair_verb_conjuncts(tree);
  repair_agents_without_by(words, tree);
  repair_subject_time_verb(words, tree);
  repair_subject_of_oblique(tree);
  repair_infinitives_on_time_words(words, tree);
  repair_subject_before_subordinator(words, tree);
  repair_agents_after_inserted_clause(words, tree);
  repair_object_after_as_phrase(words, tree);
  repair_fronted_free_relative(words, tree);
}

}  // namespace dyad::parse
