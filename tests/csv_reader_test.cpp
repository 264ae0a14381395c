// SPDX-License-Identifier: Apache-2.0
// CSV rows as a spreadsheet saves them, turned into records shaped like JSON activities.

#include "load/csv_reader.hpp"

#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "load/activity_record.hpp"

namespace lapaudit {
namespace {

struct ReadRow {
  std::string json;  // the record, compact
  int line = 0;
  std::vector<std::string> problems;
  std::size_t warnings_before = 0;  // warnings given before the record came
};

struct Read {
  Result<CsvRows> result = CsvRows{};
  std::vector<ReadRow> rows;
  std::vector<std::string> warnings;
};

std::string compact(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

Read read(const std::string& text) {
  Read out;
  std::vector<Error> warnings;
  std::vector<IgnoredField> ignored;
  out.result = read_csv_records(
      text, "log.csv", warnings, ignored,
      [&](const LocatedJson& record, const std::vector<Error>& problems) {
        ReadRow row{compact(record.document), record.place_of("").line, {}, warnings.size()};
        for (const auto& p : problems) row.problems.push_back(p.to_string());
        out.rows.push_back(row);
      });
  for (const auto& warning : warnings) out.warnings.push_back(warning.to_string());
  return out;
}

TEST(CsvReaderTest, ColumnsInAnyOrderBecomeFields) {
  auto sheet = read("title,groups,date,id\nMeeting,gso,2024-03-01,a\n");
  ASSERT_TRUE(sheet.result.ok()) << sheet.result.error().to_string();
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0].json,
            R"({"title":"Meeting","groups":["gso"],"date":"2024-03-01","id":"a"})");
}

TEST(CsvReaderTest, ColumnNamesForgiveCaseSpacesAndHyphens) {
  auto sheet = read("ID,Date,Title,Groups,Gender Marker,GENDER-MARKER2\na,2024-03-01,t,gso,2,x\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso"],"gender_marker":2})");
  EXPECT_EQ(sheet.warnings, (std::vector<std::string>{
                                "log.csv:1: column \"GENDER-MARKER2\" is not an activity field "
                                "and is ignored"}));
}

TEST(CsvReaderTest, ListsAreSplitOnSemicolons) {
  auto sheet = read(
      "id,date,title,groups,actions,partners,tags\n"
      "a,2024-03-01,t,gso; clearance ;,4;23,unidir,gender;SADD\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso","clearance"],)"
            R"("actions":[4,23],"partners":["unidir"],"tags":["gender","SADD"]})");
}

// Issue 23: a list cell written with commas, and numbers and booleans as Excel writes them.
TEST(CsvReaderTest, ListsAreSplitOnCommasTooAndExcelValuesRead) {
  auto sheet = read(
      "id;date;title;groups;actions;gender_marker;women;sadd\n"
      "a;2024-03-01;t;gso, victim-assistance;\"31, 34\";2.0;n/a;WAHR\n"
      "b;2024-03-01;t;gso;4.0;Yes;3;VRAI\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso","victim-assistance"],)"
            R"("actions":[31,34],"gender_marker":2,"sadd":true,"participants":{"women":"n/a"}})");
  EXPECT_EQ(sheet.rows[1].json,
            R"({"id":"b","date":"2024-03-01","title":"t","groups":["gso"],"actions":[4],)"
            R"("gender_marker":"Yes","sadd":true,"participants":{"women":3}})");
}

TEST(CsvReaderTest, ActionThatIsNotANumberStaysTextForTheCheckToReport) {
  auto sheet = read("id,date,title,groups,actions\na,2024-03-01,t,gso,4;abc;4.5\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json, R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso"],)"
                                R"("actions":[4,"abc","4.5"]})");
}

TEST(CsvReaderTest, WomenMenOtherBecomeParticipants) {
  auto sheet = read(
      "id,date,title,groups,women,men,other,sadd\n"
      "a,2024-03-01,t,gso,12,-2,,TRUE\n"
      "b,2024-03-01,t,gso,,,,no\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso"],"sadd":true,)"
            R"("participants":{"women":12,"men":-2}})");
  EXPECT_EQ(sheet.rows[1].json,
            R"({"id":"b","date":"2024-03-01","title":"t","groups":["gso"],"sadd":false})");
}

TEST(CsvReaderTest, QuotedCellsKeepCommasQuotesAndLineBreaks) {
  auto sheet = read(
      "id,date,title,groups\r\n"
      "a,2024-03-01,\"Women, peace \"\"and\"\" security\r\nsecond line\",gso\r\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"Women, peace \"and\" security\r\nsecond )"
            R"(line","groups":["gso"]})");
}

TEST(CsvReaderTest, LineIsWhereTheRowStartsCountingQuotedLineBreaks) {
  auto sheet = read(
      "id,date,title,groups\n"
      "a,2024-03-01,\"one\ntwo\nthree\",gso\n"
      "\n"
      "b,2024-03-01,t,gso\n"
      "c,2024-03-01,\"x\",\"gso;\nclearance\"\n");
  ASSERT_TRUE(sheet.result.ok());
  ASSERT_EQ(sheet.rows.size(), 3u);
  EXPECT_EQ(sheet.rows[0].line, 2);
  EXPECT_EQ(sheet.rows[1].line, 6);
  EXPECT_EQ(sheet.rows[2].line, 7);
}

TEST(CsvReaderTest, CrlfLfAndLoneCrGiveTheSameRecords) {
  auto lf = read("id,date,title,groups\na,2024-03-01,t,gso\nb,2024-03-02,t,gso\n");
  auto crlf = read("id,date,title,groups\r\na,2024-03-01,t,gso\r\nb,2024-03-02,t,gso\r\n");
  auto cr = read("id,date,title,groups\ra,2024-03-01,t,gso\rb,2024-03-02,t,gso");
  ASSERT_EQ(lf.rows.size(), 2u);
  for (const auto* other : {&crlf, &cr}) {
    ASSERT_EQ(other->rows.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
      EXPECT_EQ(other->rows[i].json, lf.rows[i].json);
      EXPECT_EQ(other->rows[i].line, lf.rows[i].line);
    }
  }
}

TEST(CsvReaderTest, UnclosedQuoteStopsTheFileAtTheLineWhereItOpens) {
  auto sheet = read(
      "id,date,title,groups\n"
      "a,2024-03-01,t,gso\n"
      "b,2024-03-01,\"Gender, diversity,gso\n"
      "c,2024-03-01,t,gso\n");
  ASSERT_FALSE(sheet.result.ok());
  EXPECT_EQ(sheet.result.error().to_string(),
            "log.csv:3: a quoted cell that starts on this line is never closed (a quotation mark "
            "\" is missing), so the rest of the file cannot be read");
  EXPECT_EQ(sheet.rows.size(), 1u);  // the row before stays read
}

TEST(CsvReaderTest, QuotationMarkInsideAPlainCellIsAnErrorWithItsLine) {
  auto sheet = read("id,date,title,groups\na,2024-03-01,t,gso\nb,2024-03-01,5\" screen,gso\n");
  ASSERT_FALSE(sheet.result.ok());
  EXPECT_EQ(sheet.result.error().line, 3);
  EXPECT_EQ(sheet.result.error().message,
            "a quotation mark (\") is out of place on this line: a cell holding one must be put "
            "in quotation marks as a whole, with the mark doubled (\"5\"\" screen\"), so the rest "
            "of the file cannot be read");
}

TEST(CsvReaderTest, UnknownColumnIsWarnedOnceAndIgnored) {
  auto sheet = read(
      "id,date,title,groups,Notes,participants\n"
      "a,2024-03-01,t,gso,first,3\nb,2024-03-01,t,gso,second,4\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.warnings,
            (std::vector<std::string>{
                "log.csv:1: column \"Notes\" is not an activity field and is ignored",
                "log.csv:1: column \"participants\" is ignored: give the participants in the "
                "columns \"women\", \"men\" and \"other\""}));
  EXPECT_EQ(sheet.rows[1].json, R"({"id":"b","date":"2024-03-01","title":"t","groups":["gso"]})");
}

TEST(CsvReaderTest, MissingRequiredColumnStopsTheFile) {
  auto one = read("id,title,groups\na,t,gso\n");
  ASSERT_FALSE(one.result.ok());
  EXPECT_EQ(one.result.error().to_string(),
            "log.csv:1: field \"date\": the header row has no column \"date\" (every activity "
            "needs an id, a date, a title and at least one group)");
  auto two = read("id,groups\na,gso\n");
  ASSERT_FALSE(two.result.ok());
  EXPECT_EQ(two.result.error().message,
            "the header row has no columns \"date\", \"title\" (every activity needs an id, a "
            "date, a title and at least one group)");
}

TEST(CsvReaderTest, FirstRowThatNamesNoColumnIsNotAHeader) {
  auto sheet = read("a,2024-03-01,Meeting,gso\n");
  ASSERT_FALSE(sheet.result.ok());
  EXPECT_EQ(sheet.result.error().message,
            "the first row is not a header row: it must name the columns (id, date, title, "
            "description, kind, groups, actions, partners, gender_marker, tags, women, men, "
            "other, sadd, source)");
}

TEST(CsvReaderTest, ColumnNamedTwiceStopsTheFile) {
  auto sheet = read("id,date,title,groups,Date\n");
  ASSERT_FALSE(sheet.result.ok());
  EXPECT_EQ(sheet.result.error().message,
            "field \"date\": two columns of the header row are named \"date\" (columns 2 and 5)");
}

TEST(CsvReaderTest, SemicolonAndTabSeparatedSheetsAreRead) {
  auto semicolons = read("id;date;title;groups\na;2024-03-01;\"Women, girls\";\"gso;clearance\"\n");
  ASSERT_TRUE(semicolons.result.ok());
  EXPECT_EQ(
      semicolons.rows[0].json,
      R"({"id":"a","date":"2024-03-01","title":"Women, girls","groups":["gso","clearance"]})");
  auto tabs = read("id\tdate\ttitle\tgroups\na\t2024-03-01\tWomen, girls\tgso\n");
  ASSERT_TRUE(tabs.result.ok());
  EXPECT_EQ(tabs.rows[0].json,
            R"({"id":"a","date":"2024-03-01","title":"Women, girls","groups":["gso"]})");
}

TEST(CsvReaderTest, BlankRowsAndCommentRowsAreSkippedAndCommentsCounted) {
  auto sheet = read(
      "# exported 2024-09-01\n#by the secretariat\nid,date,title,groups\n,,,\n  \n"
      "# a,2024-03-01,t,gso\n#\nb,2024-03-01,t,gso\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.result.value().records, 1u);
  EXPECT_EQ(sheet.result.value().comments, 4u);
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0].line, 8);
}

// Regression: a row whose id started with "#" was dropped silently as a comment.
// An earlier template's example row, left in a sheet, stays a comment.
TEST(CsvReaderTest, AFirstCellStartingWithAHashAfterTheHeaderIsAComment) {
  auto sheet = read("id,date,title,groups\n#example-001,2024-03-01,t,gso\na,2024-03-01,t,gso\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.result.value().records, 1u);
  EXPECT_EQ(sheet.result.value().comments, 1u);
  ASSERT_EQ(sheet.rows.size(), 1u);
  EXPECT_EQ(sheet.rows[0].json, R"({"id":"a","date":"2024-03-01","title":"t","groups":["gso"]})");
}

TEST(CsvReaderTest, CellsBeyondTheHeaderAreAProblemOfTheRow) {
  auto sheet = read(
      "id,date,title,groups\na,2024-03-01,Women, peace and security,gso\n"
      "b,2024-03-01,t,gso,,\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.rows[0].problems,
            (std::vector<std::string>{
                "log.csv:2: the row has more cells than the header row has columns (cell 5 holds "
                "\"gso\"): a cell with a comma needs quotation marks"}));
  EXPECT_TRUE(sheet.rows[1].problems.empty());  // empty trailing cells are what Excel writes
}

TEST(CsvReaderTest, UnnamedColumnWithContentIsWarnedOnce) {
  auto sheet = read("id,date,title,groups,\na,2024-03-01,t,gso,x\nb,2024-03-01,t,gso,y\n");
  ASSERT_TRUE(sheet.result.ok());
  EXPECT_EQ(sheet.warnings, (std::vector<std::string>{"log.csv:2: column 5 has no name in the "
                                                      "header row: its cells are ignored"}));
}

TEST(CsvReaderTest, TextThatIsNotUtf8IsRefusedWithItsLine) {
  auto latin1 = read("id,date,title,groups\na,2024-03-01,R\xE9union,gso\n");
  ASSERT_FALSE(latin1.result.ok());
  EXPECT_EQ(latin1.result.error().to_string(),
            "log.csv:2: the text is not UTF-8 here: save the sheet as \"CSV UTF-8\" (Excel: Save "
            "As, CSV UTF-8)");
  auto utf16 = read(std::string("\xFF\xFEi\0d\0", 6));
  ASSERT_FALSE(utf16.result.ok());
  EXPECT_EQ(utf16.result.error().message,
            "the file is saved as UTF-16 (\"Unicode text\"): save the sheet as \"CSV UTF-8\"");
}

TEST(CsvReaderTest, OnlyCommentsIsNoHeader) {
  auto sheet = read("# nothing yet\n");
  ASSERT_FALSE(sheet.result.ok());
  EXPECT_EQ(sheet.result.error().message.substr(0, 31), "the file has no header row: the");
}

// The same sheet followed by comment rows up to past 1 MiB.
// (In place: GCC 12 at -O2 warns falsely, -Warray-bounds, on the string moved out of a copy.)
void make_large(std::string& text) {
  if (!text.empty() && text.back() != '\n') text += "\n";
  const std::string comment = "# " + std::string(98, '-') + "\n";
  while (text.size() <= (std::size_t{1} << 20)) text += comment;
}

TEST(CsvReaderTest, ALargeSheetIsReadWholeAndStopsWhenItsUserThrows) {
  std::string sheet = "id,date,title,groups\n";
  for (int i = 0; i < 20000; ++i) sheet += "a" + std::to_string(i) + ",2024-03-01,t,gso\n";
  make_large(sheet);
  std::vector<Error> warnings;
  std::vector<IgnoredField> ignored;
  std::size_t records = 0;
  auto read = read_csv_records(sheet, "log.csv", warnings, ignored,
                               [&](const LocatedJson&, const std::vector<Error>&) { ++records; });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value().records, 20000u);
  EXPECT_EQ(read.value().comments, 5740u);
  EXPECT_EQ(records, 20000u);

  std::size_t seen = 0;
  EXPECT_THROW(read_csv_records(sheet, "log.csv", warnings, ignored,
                                [&](const LocatedJson&, const std::vector<Error>&) {
                                  if (++seen == 5000) throw std::runtime_error("enough");
                                }),
               std::runtime_error);
  EXPECT_EQ(seen, 5000u);
}

TEST(CsvReaderTest, RowTextReadsBackAsTheSameCells) {
  std::vector<std::string> cells = {"a", "Women, \"peace\"", "two\nlines", " padded ", ""};
  // Cells are read trimmed: stray spaces around a value are never part of it.
  std::string text = "id,title,description,source,kind,date,groups\r\n" + csv_row_text(cells);
  auto sheet = read(text.substr(0, text.size() - 2) + ",2024-03-01,gso\r\n");
  ASSERT_TRUE(sheet.result.ok()) << sheet.result.error().to_string();
  EXPECT_EQ(sheet.rows[0].json,
            R"({"id":"a","title":"Women, \"peace\"","description":"two\nlines",)"
            R"("source":"padded","date":"2024-03-01","groups":["gso"]})");
  EXPECT_EQ(csv_row_text({"id", "date"}), "id,date\r\n");
}

TEST(CsvReaderTest, ColumnsCoverEveryActivityField) {
  std::vector<std::string> expected;
  for (const auto& field : activity_field_names()) {
    if (field == "participants") {
      expected.insert(expected.end(), {"women", "men", "other"});
    } else {
      expected.push_back(field);
    }
  }
  EXPECT_EQ(csv_column_names(), expected);
}

}  // namespace
}  // namespace lapaudit
