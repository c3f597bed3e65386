// Who speaks a quotation that runs over several sentences (events/quotations.h): a quoted demand
// ("Somalia must withdraw") is its speaker's, wherever the speaker is named. Every text is
// written for its case (the table's form: tests/events/coded_sentence.h).
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using testing::CodedCase;

const CodedCase kCases[] = {
    // A quotation reopened at the start of each paragraph it runs over, closed only at its end.
    {"AReopenedQuotationKeepsTheSpeakerNamedBeforeIt",
     "The Kenyan foreign minister said: “We are hopeful. “The talks went well. “Somalia must "
     "withdraw its troops.” Officials in Nairobi agreed.",
     {"KENGOV>SOM:10"}},
    {"AReopenedQuotationKeepsTheSpeakerNamedAfterIt",
     "“Somalia must withdraw its troops. “The talks went well,” the Kenyan foreign minister said.",
     {"KENGOV>SOM:10"}},
    // The speaker named in a short sentence of its own after the closing mark.
    {"TheSpeakerMayBeNamedInTheSentenceAfterTheQuotation",
     "“Somalia must withdraw its troops. Do it now!” The Kenyan foreign minister tweeted.",
     {"KENGOV>SOM:10"}},
    {"TheSpeechVerbMayComeFirstInTheSentenceAfter",
     "“Somalia must withdraw its troops.” said Kenya.",
     {"KEN>SOM:10"}},
    {"ASentenceAfterTheQuotationThatSaysNothingNamesNoSpeaker",
     "“Somalia must withdraw its troops.” Kenya sent more soldiers to the border.",
     {},
     {"KEN>SOM:10"}},
    {"ASentenceAfterTheQuotationThatReportsNewsNamesNoSpeaker",
     "“Somalia must withdraw its troops.” Kenya told reporters that it would wait.",
     {},
     {"KEN>SOM:10"}},
    // The first quotation is never closed; the second opens mid-sentence with its own speaker.
    {"AQuotationOpenedInTheMiddleOfASentenceIsNoReopening",
     "Kenya said: “We are hopeful. Ghana replied that “Somalia must withdraw its troops.”",
     {"GHA>SOM:10"},
     {"KEN>SOM:10"}},
};

class Quotations : public ::testing::TestWithParam<CodedCase> {};

TEST_P(Quotations, HaveOneSpeaker) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, Quotations, ::testing::ValuesIn(kCases), testing::case_name);

}  // namespace
}  // namespace dyad
