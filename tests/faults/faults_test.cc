// Fault tests of the dyad command (issue 17, "nothing lost silently"): colliding document ids,
// outputs that are inputs, unreadable or looping folders, file names that are not text. Each
// checks that no document is lost or overwritten without a message.
#include "support/faults.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/run_dyad.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::quoted;
using testing::run_command;
using testing::run_dyad;

TEST(Faults, SameFileNameInTwoFoldersGivesTwoDocuments) {
  testing::TempDir dir;
  dir.write("in/x/report.txt", "Talks\n\nTurkey condemned Syria on Monday.\n");
  dir.write("in/y/report.txt", "Talks\n\nIran condemned Armenia on Monday.\n");
  const auto db = dir.path() / "events.db";
  const auto run =
      run_dyad("code " + quoted((dir.path() / "in").string()) + " --db " + quoted(db.string()));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM documents"), 2);
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(DISTINCT document_id) FROM event_mentions"), 2);
  const auto ids =
      testing::doc_ids(run_dyad("clean --json " + quoted((dir.path() / "in").string())));
  EXPECT_EQ(ids, (std::multiset<std::string>{"x/report.txt", "y/report.txt"}));
}

TEST(Faults, SameStemInTwoInputsGivesTwoDocuments) {
  testing::TempDir dir;
  const auto a = dir.write("one/note.txt", "Talks\n\nTurkey condemned Syria on Monday.\n");
  const auto b = dir.write("two/note.html", "<p>Iran condemned Armenia on Monday.</p>");
  const auto ids =
      testing::doc_ids(run_dyad("clean --json " + quoted(a.string()) + " " + quoted(b.string())));
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_EQ(ids.count("note"), 1u);
}

TEST(Faults, RepeatedJsonlIdIsAnErrorForThatLine) {
  testing::TempDir dir;
  const auto input = dir.write("in.jsonl",
                               "{\"id\": \"a1\", \"text\": \"Turkey condemned Syria.\"}\n"
                               "{\"id\": \"a1\", \"text\": \"Iran condemned Armenia.\"}\n"
                               "{\"id\": \"a2\", \"text\": \"Iran praised Armenia.\"}\n");
  const auto run = run_dyad("clean --json " + quoted(input.string()));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("dyad: error: " + input.string() +
                         ":2: document id \"a1\" already used by " + input.string() + ":1"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(testing::doc_ids(run), (std::multiset<std::string>{"a1", "a2"}));
}

TEST(Faults, OutputThatIsAnInputIsRefusedBeforeAnythingIsOpened) {
  testing::TempDir dir;
  const std::string body = "{\"id\": \"a1\", \"text\": \"Turkey condemned Syria.\"}\n";
  const auto input = dir.write("in.jsonl", body);
  const auto link = dir.path() / "link.jsonl";
  std::filesystem::create_symlink(input, link);
  for (const auto& output : {input, link}) {
    const auto run =
        run_dyad("code " + quoted(input.string()) + " --jsonl " + quoted(output.string()));
    EXPECT_EQ(run.exit_code, 2) << run.err;
    EXPECT_NE(run.err.find("is also an input"), std::string::npos) << run.err;
    EXPECT_EQ(testing::read_file(input), body);
  }
}

TEST(Faults, OutputThatIsTheDatabaseIsRefused) {
  testing::TempDir dir;
  const auto db = testing::coded_database(dir);
  const auto input = dir.path() / "seed.jsonl";
  const auto tsv = run_dyad("code " + quoted(input.string()) + " --db " + quoted(db.string()) +
                            " --tsv " + quoted(db.string()));
  EXPECT_EQ(tsv.exit_code, 2);
  EXPECT_NE(tsv.err.find("is also the database"), std::string::npos) << tsv.err;
  const auto exported =
      run_dyad("export --db " + quoted(db.string()) + " -o " + quoted(db.string()));
  EXPECT_EQ(exported.exit_code, 2);
  EXPECT_NE(exported.err.find("is also the database"), std::string::npos) << exported.err;
  const auto after = run_dyad("export --undated as-ingest --db " + quoted(db.string()));
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_NE(after.out.find("TUR"), std::string::npos);
}

TEST(Faults, SymlinkLoopInAnInputFolderIsReportedAndTheRestIsRead) {
  testing::TempDir dir;
  dir.write("in/a.txt", "Talks\n\nTurkey condemned Syria on Monday.\n");
  std::filesystem::create_symlink("loop", dir.path() / "in" / "loop");
  const auto later = dir.write("later/b.txt", "Talks\n\nIran condemned Armenia on Monday.\n");
  const auto run = run_dyad("clean --json " + quoted((dir.path() / "in").string()) + " " +
                            quoted(later.string()));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("dyad: error: " + (dir.path() / "in" / "loop").string() + ": "),
            std::string::npos)
      << run.err;
  EXPECT_EQ(testing::doc_ids(run), (std::multiset<std::string>{"a", "b"}));
}

TEST(Faults, UnreadableSubfolderIsAnError) {
  testing::TempDir dir;
  std::filesystem::permissions(dir.path(), std::filesystem::perms::all);
  dir.write("in/a.txt", "Talks\n\nTurkey condemned Syria on Monday.\n");
  dir.write("in/locked/b.txt", "Talks\n\nIran condemned Armenia on Monday.\n");
  std::filesystem::permissions(dir.path() / "in" / "locked", std::filesystem::perms::none);
  const auto run = run_command(testing::unprivileged() + testing::dyad_binary() + " clean --json " +
                               quoted((dir.path() / "in").string()));
  std::filesystem::permissions(dir.path() / "in" / "locked", std::filesystem::perms::owner_all);
  EXPECT_EQ(run.exit_code, 1) << run.err;
  EXPECT_NE(run.err.find("dyad: error: " + (dir.path() / "in" / "locked").string() +
                         ": cannot read directory: Permission denied"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(testing::doc_ids(run), (std::multiset<std::string>{"a"}));
}

TEST(Faults, FileNameThatIsNotUtf8IsEscaped) {
  testing::TempDir dir;
  dir.write("in/caf\xE9.txt", "Talks\n\nTurkey condemned Syria on Monday.\n");
  const std::string in = quoted((dir.path() / "in").string());
  const auto jsonl = run_dyad("code " + in + " --jsonl -");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  ASSERT_FALSE(jsonl.out.empty());
  EXPECT_EQ(nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')))["doc_id"], "caf\\xE9");
  const auto db = dir.path() / "events.db";
  ASSERT_EQ(run_dyad("code " + in + " --db " + quoted(db.string())).exit_code, 0);
  const auto exported = run_dyad("export --format jsonl --db " + quoted(db.string()));
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_NE(exported.out.find("caf\\\\xE9"), std::string::npos) << exported.out;
}

TEST(Faults, NewlineInAFileNameCannotForgeAnErrorLine) {
  testing::TempDir dir;
  dir.write("in/x\ndyad: error: forged.txt", "");
  const auto run = run_dyad("clean --json " + quoted((dir.path() / "in").string()));
  EXPECT_EQ(run.exit_code, 1);
  std::istringstream lines(run.err);
  std::string line;
  int errors = 0;
  while (std::getline(lines, line)) errors += line.starts_with("dyad: error: ");
  EXPECT_EQ(errors, 1) << run.err;
  EXPECT_NE(run.err.find("x\\x0Adyad: error: forged.txt: empty document"), std::string::npos)
      << run.err;
}

TEST(Faults, ReadOnlyDatabaseCanBeExportedAndQueried) {
  testing::TempDir dir;
  const auto db = testing::coded_database(dir);
  // The file and its folder are the reader's to read only.
  std::filesystem::permissions(
      dir.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec |
                      std::filesystem::perms::group_read | std::filesystem::perms::group_exec |
                      std::filesystem::perms::others_read | std::filesystem::perms::others_exec);
  std::filesystem::permissions(db, std::filesystem::perms::owner_read |
                                       std::filesystem::perms::group_read |
                                       std::filesystem::perms::others_read);
  const std::string as_reader = testing::unprivileged() + testing::dyad_binary();
  const auto exported =
      run_command(as_reader + " export --undated as-ingest --db " + quoted(db.string()));
  EXPECT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_NE(exported.out.find("TUR"), std::string::npos) << exported.out;
  const auto queried = run_command(as_reader + " query --db " + quoted(db.string()) + " dyads");
  std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all);
  EXPECT_EQ(queried.exit_code, 0) << queried.err;
  EXPECT_NE(queried.out.find("SYR"), std::string::npos) << queried.out;
}

TEST(Faults, NonIntegerSchemaVersionIsNamed) {
  testing::TempDir dir;
  const auto db = dir.path() / "odd.db";
  sqlite3* handle = nullptr;
  sqlite3_open(db.c_str(), &handle);
  sqlite3_exec(handle,
               "CREATE TABLE schema_version (version); INSERT INTO schema_version VALUES ('two')",
               nullptr, nullptr, nullptr);
  sqlite3_close(handle);
  const auto run = run_dyad("export --db " + quoted(db.string()));
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("schema_version holds 'two', not a dyad schema number"), std::string::npos)
      << run.err;
}

TEST(Faults, NumSourcesDoesNotDependOnHowThePathIsSpelled) {
  testing::TempDir dir;
  dir.write("in/a.txt", "Talks\n\nTurkey condemned Syria on Monday, March 4, 2024.\n");
  dir.write("in/b.txt", "More talks\n\nTurkey condemned Syria on Monday, March 4, 2024.\n");
  const auto db = dir.path() / "events.db";
  const auto run =
      run_command("cd " + quoted(dir.path().string()) + " && " + testing::dyad_binary() +
                  " code in/a.txt ./in/b.txt --db " + quoted(db.string()));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT MAX(num_articles) FROM events"), 2);
  EXPECT_EQ(testing::sqlite_count(db, "SELECT MAX(num_sources) FROM events"), 1);
}

TEST(Faults, NotAWarcRecordShowsNoRawControlBytes) {
  testing::TempDir dir;
  const auto warc = dir.write("bad.warc", std::string("\0\0\x01garbage\0 here\n", 17));
  const auto run = run_dyad("clean --json " + quoted(warc.string()));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("not a WARC record (expected a 'WARC/1.x' line, found "
                         "'\\x00\\x00\\x01garbage\\x00 here')"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.err.find('\0'), std::string::npos);
}

TEST(Faults, RerunWithOtherDictionariesRecodes) {
  testing::TempDir dir;
  const auto input = dir.write("in/a.txt", "Talks\n\nArnor condemned Gondor on Monday.\n");
  dir.write("tiny/Tiny.actors", "ARNOR_  [ARN]\nGONDOR  [GON]\n");
  dir.write("tiny/Tiny.agents", "MINISTER_ [~GOV]\n");
  dir.write("tiny/Tiny.verbs", "CONDEMN  [111]\n");
  const auto db = dir.path() / "events.db";
  const std::string code = "code " + quoted(input.string()) + " --db " + quoted(db.string());
  ASSERT_EQ(run_dyad(code).exit_code, 0);
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM events WHERE source_code = 'ARN'"), 0);
  const auto rerun =
      run_dyad("--dictionaries " + quoted((dir.path() / "tiny").string()) + " " + code);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM events WHERE source_code = 'ARN'"), 1)
      << rerun.err;
}

}  // namespace
}  // namespace dyad
