// CAMEO categories in wordings the patterns lacked (data/events; docs/accuracy.md, "What the
// eleventh session added"): calling for sanctions against a country (163, which PLOVER frames
// as a request, as it does "demanded sanctions"), supporting a people's rights or cause (051),
// allowing the delivery of food or aid (0863), ordering a newspaper or broadcaster to suspend
// publication (1721, one-sided: the outlet is rarely an actor), and blowing up a thing no actor
// owns in the sentence (1712, one-sided); and who takes steps to do a thing is its doer.
// Every sentence is written for its case. Events are written "SRC>TGT:code-prefix" as in
// coded_sentence.h, an absent side empty.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using Case = testing::CodedModeCase;

const Case kCases[] = {
    {"CalledForSanctions",
     "The Norwegian government called for tougher sanctions against Myanmar.",
     false,
     {"NORGOV>MMR:163"}},
    {"DidNotCallForSanctions",
     "The Norwegian government did not call for sanctions against Myanmar.",
     false,
     {},
     {"NORGOV>MMR:163"}},
    // Asking another to impose them is the appeal to that other.
    {"CalledOnAnotherToImposeSanctions",
     "Norway called on the European Union to impose sanctions on Myanmar.",
     false,
     {"NOR>IGOEEC:02"},
     {"NOR>MMR:163"}},
    // Supporting a people's rights or cause endorses that people (051).
    {"SupportedTheRightsOfAPeople",
     "Egypt has worked hard to support the rights of Palestinians.",
     false,
     {"EGY>PSE:051"}},
    {"BackedTheStruggleOfAPeople",
     "Malaysia backed the struggle of the Palestinians.",
     false,
     {"MYS>PSE:051"}},
    // Who takes steps to do a thing does it; a plan to do it is not done.
    {"TookStepsToImproveRelations",
     "Kenya has taken steps to improve relations with Uganda.",
     false,
     {"KEN>UGA:05"}},
    {"RejectedAPlanToAttack", "Kenya rejected a plan to attack Uganda.", false, {}, {"KEN>UGA:19"}},
    {"AllowedTheDeliveryOfWheat",
     "Kazakhstan allowed the delivery of 500 tons of wheat to Kyrgyzstan.",
     false,
     {"KAZ>KGZ:0863"}},
    {"ReopenedABorderToAllowFood",
     "Kazakhstan reopened the border to allow the delivery of food to Kyrgyzstan.",
     false,
     {"KAZ>KGZ:0863"}},
    {"OrderedANewspaperToSuspendPublication",
     "The Kenyan government ordered the opposition newspaper to suspend publication.",
     true,
     {"KENGOV>:1721"}},
    // Stopping printing some pictures is an editor's choice, not a ban on the outlet.
    {"AnEditorStoppingCartoonsIsNoBan",
     "The Kenyan editor ordered the newspaper to stop publishing cartoons.",
     true,
     {},
     {},
     true},
    {"BlewUpAPipeline",
     "Colombian rebels blew up an oil pipeline near the border.",
     true,
     {"COLREB>:1712"}},
    {"BlewUpPowerLinesBeforeTheirNoun",
     "Afghan guerrillas blew up three main electric power lines near the capital.",
     true,
     {"AFGREB>:1712"}},
    // Whose pipeline it was, when named, is the two-sided bombing alone.
    {"BlewUpANamedOwnersPipeline",
     "Colombian rebels blew up a Venezuelan pipeline.",
     true,
     {"COLREB>VEN:183"},
     {"COLREB>:1712"}},
    {"BlewUpAtReportersIsAnger",
     "The Kenyan minister blew up at reporters on Monday.",
     true,
     {},
     {},
     true},
};

class CameoWordingCase : public ::testing::TestWithParam<Case> {};

TEST_P(CameoWordingCase, Codes) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, CameoWordingCase, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
