// SPDX-License-Identifier: Apache-2.0
#include "load/json_scanner.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace lapaudit {
namespace {

TEST(JsonScannerTest, KnowsWhereEachValueStands) {
  auto json = scan_json_document("{\n  \"a\": 1,\n  \"b\": [\"x\",\n    \"y\"]\n}", "f.json");
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->place_of("/a").line, 2);
  EXPECT_EQ(json->place_of("/a").column, 8);
  EXPECT_EQ(json->place_of("/b/1").line, 4);
  EXPECT_EQ(json->place_of("/b/1").column, 5);
  EXPECT_EQ(json->place_of("/b/7").line, 3);  // falls back to the parent
}

// A member's name with "/" or "~" is written "~1" and "~0" in its JSON Pointer (RFC 6901).
TEST(JsonScannerTest, PointersEscapeNamesAndCountElements) {
  std::string text = "{\"a/b\": {\"c~d\": [10,\n 20]}, \"e\": 1}";
  auto json = scan_json_document(text, "f.json");
  ASSERT_TRUE(json.ok());
  std::vector<std::string> pointers;
  for (const auto& [pointer, place] : json->places) pointers.push_back(pointer);
  EXPECT_EQ(pointers, (std::vector<std::string>{"", "/a~1b", "/a~1b/c~0d", "/a~1b/c~0d/0",
                                                "/a~1b/c~0d/1", "/e"}));
  EXPECT_EQ(json->place_of("/a~1b/c~0d/1").line, 2);
  EXPECT_EQ(json->place_of("/e").column, 13);

  // A streamed record knows the same pointers.
  std::vector<TextPlace> places;
  auto count =
      scan_json_records("[" + text + "]", "f.json", "activities", [&](const LocatedJson& record) {
        for (const char* pointer : {"/a~1b/c~0d/1", "/a~1b/c~0d/0", "/e", "/a/b", "/x/y"}) {
          places.push_back(record.place_of(pointer));
        }
      });
  ASSERT_TRUE(count.ok());
  ASSERT_EQ(places.size(), 5u);
  EXPECT_EQ(places[0].line, 2);
  EXPECT_EQ(places[0].column, 2);
  EXPECT_EQ(places[1].column, 19);
  EXPECT_EQ(places[2].column, 13);
  EXPECT_EQ(places[3].column, 2);  // "/a/b" is no part: its nearest ancestor, the record
  EXPECT_EQ(places[4].column, 2);
}

TEST(JsonScannerTest, StreamsRecordsOfAnArrayOrOfActivities) {
  for (std::string text : {"[{\"id\": 1},\n{\"id\": 2}]",
                           "{\"note\": \"x\", \"activities\": [{\"id\": 1},\n{\"id\": 2}]}"}) {
    std::vector<int> lines;
    auto count = scan_json_records(text, "f.json", "activities", [&](const LocatedJson& record) {
      lines.push_back(record.place_of("").line);
    });
    ASSERT_TRUE(count.ok()) << count.error().to_string();
    EXPECT_EQ(count.value(), 2u);
    EXPECT_EQ(lines, (std::vector<int>{1, 2}));
  }
}

// Only the list under "activities" holds records: the values of the top object's other
// members, before or after it, are passed over however deep (the scanner once took the
// objects two levels down in a member after the list for records).
TEST(JsonScannerTest, OtherMembersOfTheTopObjectHoldNoRecords) {
  std::string text =
      "{\"before\": {\"x\": {\"id\": 0}}, \"activities\": [{\"id\": 1}],\n"
      " \"after\": {\"y\": {\"id\": 2}, \"z\": [3]}}";
  std::vector<std::string> ids;
  auto count = scan_json_records(text, "f.json", "activities", [&](const LocatedJson& record) {
    ids.push_back(json_value_text(record.document["id"]));
  });
  ASSERT_TRUE(count.ok()) << count.error().to_string();
  EXPECT_EQ(ids, std::vector<std::string>{"1"});
}

TEST(JsonScannerTest, TruncatedFileNamesThePlace) {
  auto count = scan_json_records("[{\"id\": 1},\n{\"id\": ", "log.json", "activities",
                                 [](const LocatedJson&) {});
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().file, "log.json");
  EXPECT_EQ(count.error().line, 2);
}

TEST(JsonScannerTest, ASingleValueIsNotAList) {
  auto count = scan_json_records("\"hello\"", "log.json", "activities", [](const LocatedJson&) {});
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().message, "the file holds a single value, not a list of activities");
}

TEST(JsonScannerTest, DeepNestingIsRefusedWithoutCrashing) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  auto json = scan_json_document(deep, "deep.json");
  ASSERT_FALSE(json.ok());
  EXPECT_NE(json.error().message.find("nested more than"), std::string::npos);
}

// A NUL byte is named as such wherever it is: in a value, between values, after the end.
TEST(JsonScannerTest, ANulByteIsNamedWhereverItIs) {
  using namespace std::string_literals;
  for (auto [text, line, column] : {std::tuple{"[{\"id\": \"a\0b\"}]"s, 1, 11},
                                    std::tuple{"[{\"id\": 1},\n\0{\"id\": 2}]"s, 2, 1},
                                    std::tuple{"[{\"id\": 1}]\n  \0"s, 2, 3}}) {
    auto count = scan_json_records(text, "nul.json", "activities", [](const LocatedJson&) {});
    ASSERT_FALSE(count.ok()) << text;
    EXPECT_EQ(count.error().to_string(),
              "nul.json:" + std::to_string(line) + ":" + std::to_string(column) +
                  ": the file contains a NUL byte: it is not a text file (or not UTF-8)");
  }
}

TEST(JsonScannerTest, InvalidUtf8IsNamed) {
  auto json = scan_json_document("{\"a\": \"caf\xE9\"}", "latin1.json");
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.error().to_string(),
            "latin1.json:1:11: the text is not valid UTF-8 here: save the file as UTF-8");
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// `count` records, one per line after the opening bracket: {"id": i, "x": [i, "..."]}.
std::string many_records(std::size_t count, bool in_object) {
  std::string out = in_object ? "{\"activities\": [\n" : "[\n";
  for (std::size_t i = 0; i < count; ++i) {
    out += "{\"id\": " + std::to_string(i) + ", \"x\": [" + std::to_string(i) +
           ", \"some text to make the file large enough\"]}";
    out += i + 1 < count ? ",\n" : "\n";
  }
  out += in_object ? "], \"note\": \"after\"}\n" : "]\n";
  return out;
}

// Records of a large file come in order, each with its places.
TEST(JsonScannerTest, ALargeFileStreamsInOrderWithItsPlaces) {
  for (bool in_object : {false, true}) {
    std::string text = many_records(40'000, in_object);
    std::size_t seen = 0;
    bool in_order = true;
    bool placed = true;
    auto count = scan_json_records(text, "big.json", "activities", [&](const LocatedJson& record) {
      in_order = in_order && record.document["id"].GetInt() == static_cast<int>(seen);
      placed = placed && record.place_of("/x/1").line == static_cast<int>(seen) + 2;
      ++seen;
    });
    ASSERT_TRUE(count.ok()) << count.error().to_string();
    EXPECT_EQ(count.value(), 40'000u);
    EXPECT_EQ(seen, 40'000u);
    EXPECT_TRUE(in_order);
    EXPECT_TRUE(placed);
  }
}

TEST(JsonScannerTest, ALargeFileBrokenHalfWayKeepsTheRecordsBefore) {
  std::string text = many_records(40'000, false);
  std::size_t cut = text.find("{\"id\": 30000,");
  text.replace(cut, 1, "?");  // line 30002 is not JSON
  std::size_t seen = 0;
  auto count =
      scan_json_records(text, "big.json", "activities", [&](const LocatedJson&) { ++seen; });
  ASSERT_FALSE(count.ok());
  EXPECT_EQ(count.error().line, 30'002);
  EXPECT_EQ(seen, 30'000u);
}

TEST(JsonScannerTest, ALargeFileStopsWhenItsUserFails) {
  std::string text = many_records(40'000, false);
  std::size_t seen = 0;
  EXPECT_THROW(scan_json_records(text, "big.json", "activities",
                                 [&](const LocatedJson&) {
                                   if (++seen == 1000) throw std::runtime_error("stop");
                                 }),
               std::runtime_error);
  EXPECT_EQ(seen, 1000u);
}

}  // namespace
}  // namespace lapaudit

namespace lapaudit {
namespace {

// One record per line, every 1000th line not JSON, blank lines between some.
std::string many_lines(std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i % 1000 == 999) {
      out += "{\"id\": " + std::to_string(i) + ", oops}\n";
    } else {
      out += "{\"id\": " + std::to_string(i) + ", \"x\": \"some text to make it large enough\"}\n";
    }
    if (i % 100 == 0) out += "\n";
  }
  return out;
}

TEST(JsonScannerTest, ALargeFileOfLinesStreamsInOrderWithEachLinesNumber) {
  std::string text = many_lines(40'000);
  std::size_t seen = 0;
  std::size_t broken = 0;
  bool in_order = true;
  int expected_line = 0;
  scan_json_lines(text, "big.ndjson", [&](ParsedLine& parsed) {
    expected_line += seen % 100 == 1 ? 2 : 1;  // a blank line after records 0, 100, ...
    in_order = in_order && parsed.line == expected_line;
    if (!parsed.json) {
      ++broken;
      in_order = in_order && seen % 1000 == 999;
    } else {
      in_order = in_order && parsed.json->document["id"].GetInt() == static_cast<int>(seen);
    }
    ++seen;
  });
  EXPECT_EQ(seen, 40'000u);
  EXPECT_EQ(broken, 40u);
  EXPECT_TRUE(in_order);
}

// A line's places carry the line it has in the file.
TEST(JsonScannerTest, ALinesPlacesCarryItsLineInTheFile) {
  std::string text = "{\"id\": 1}\n\n  {\"id\": 2, \"groups\": [\"a\", \"b\"]}\n[1,\n";
  auto at = [](TextPlace place) {
    return std::to_string(place.line) + ":" + std::to_string(place.column);
  };
  std::vector<std::string> seen;  // line; place of "/groups/1"; of "/nothing"
  std::vector<std::string> errors;
  scan_json_lines(text, "f.ndjson", [&](ParsedLine& parsed) {
    if (!parsed.json) {
      errors.push_back(std::to_string(parsed.line) + ":" +
                       std::to_string(parsed.json.error().column));
      return;
    }
    seen.push_back(std::to_string(parsed.line) + "; " + at(parsed.json->place_of("/groups/1")) +
                   "; " + at(parsed.json->place_of("/nothing")));
  });
  // (A pointer to no part gives its nearest ancestor's place: here the record itself.)
  EXPECT_EQ(seen, (std::vector<std::string>{"1; 1:1; 1:1", "3; 3:29; 3:3"}));
  EXPECT_EQ(errors, std::vector<std::string>{"4:4"});
}

TEST(JsonScannerTest, ALargeFileOfLinesStopsWhenItsUserFails) {
  std::string text = many_lines(40'000);
  std::size_t seen = 0;
  EXPECT_THROW(scan_json_lines(text, "big.ndjson",
                               [&](ParsedLine&) {
                                 if (++seen == 5000) throw std::runtime_error("stop");
                               }),
               std::runtime_error);
  EXPECT_EQ(seen, 5000u);
}

// Programs disagree on which of two values of one name counts (RapidJSON: the first; jq,
// Python: the last): a document naming a field twice is refused, naming both places.
TEST(JsonScannerTest, ANameGivenTwiceInADocumentIsAnErrorNamingBothPlaces) {
  auto json = scan_json_document("{\"name\": \"a\",\n \"groups\": [], \"name\": \"b\"}", "r.json");
  ASSERT_FALSE(json.ok());
  EXPECT_EQ(json.error().to_string(),
            "r.json:2:16: field \"name\" is given twice in one object (at line 1, column 2 and "
            "again at line 2, column 16): keep only one, as programs disagree on which counts");
  // Also deeper down, and also when the names are written differently (an escape).
  auto nested = scan_json_document("{\"a\": [{\"x\": 1, \"\\u0078\": 2}]}", "r.json");
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.error().column, 17);
  // The same name in two objects is no repetition.
  EXPECT_TRUE(scan_json_document("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}}", "r.json").ok());
}

// In a log, the record is passed with the problem, for its reader to reject; the records
// around it are unharmed.
TEST(JsonScannerTest, ARecordNamingAFieldTwiceCarriesTheProblem) {
  std::string text =
      "[{\"id\": \"a\"},\n {\"gender_marker\": 0, \"id\": \"b\", \"gender_marker\": 2}]";
  std::vector<std::string> problems;
  auto count = scan_json_records(text, "log.json", "activities", [&](const LocatedJson& record) {
    problems.push_back(record.duplicate_key ? record.duplicate_key->to_string() : "");
  });
  ASSERT_TRUE(count.ok()) << count.error().to_string();
  EXPECT_EQ(problems,
            (std::vector<std::string>{
                "",
                "log.json:2:34: field \"gender_marker\" is given twice in one object (at line "
                "2, column 3 and again at line 2, column 34): keep only one, as programs "
                "disagree on which counts"}));
  // The list of records given twice is the file's error.
  auto twice = scan_json_records("{\"activities\": [],\n \"activities\": []}", "log.json",
                                 "activities", [](const LocatedJson&) {});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().line, 2);
  EXPECT_EQ(twice.error().column, 2);
}

// Linear in the object's size: many names are hashed, and a repetition among them is found.
TEST(JsonScannerTest, ANameGivenTwiceAmongManyIsFound) {
  std::string text = "{";
  for (int i = 0; i < 5000; ++i) text += "\"f" + std::to_string(i) + "\": 1, ";
  auto distinct = scan_json_document(text + "\"last\": 1}", "r.json");
  EXPECT_TRUE(distinct.ok()) << distinct.error().to_string();
  auto repeated = scan_json_document(text + "\"f4321\": 1}", "r.json");
  ASSERT_FALSE(repeated.ok());
  EXPECT_NE(repeated.error().message.find("field \"f4321\" is given twice"), std::string::npos);
}

TEST(JsonScannerTest, LinesEndAtCrLfOrALoneCr) {
  std::vector<std::pair<int, std::string>> lines;
  scan_json_lines("{\"id\": 1}\r{\"id\": 2}\r\n\r{\"id\": 3}\n{\"id\":\r", "log.ndjson",
                  [&](ParsedLine& parsed) {
                    lines.emplace_back(parsed.line,
                                       parsed.json ? json_value_text(parsed.json->document["id"])
                                                   : parsed.json.error().to_string());
                  });
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], (std::pair<int, std::string>{1, "1"}));
  EXPECT_EQ(lines[1], (std::pair<int, std::string>{2, "2"}));
  EXPECT_EQ(lines[2], (std::pair<int, std::string>{4, "3"}));
  EXPECT_EQ(lines[3].first, 5);
  EXPECT_EQ(lines[3].second.substr(0, 15), "log.ndjson:1:7:");  // (the caller gives the line)
}

TEST(JsonScannerTest, AFileSavedAsUtf16OrUtf32IsNamedSo) {
  const std::string expected16 =
      "f.json: the file is saved as UTF-16 (\"Unicode text\"): save it as UTF-8 (in Notepad: "
      "Save As, Encoding UTF-8)";
  for (std::string text : {std::string("\xFF\xFE[\0]\0", 6), std::string("\xFE\xFF\0[\0]", 6),
                           std::string("[\0{\0}\0]\0", 8), std::string("\0[\0]", 4)}) {
    auto json = scan_json_document(text, "f.json");
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(json.error().to_string(), expected16);
  }
  for (std::string text : {std::string("\xFF\xFE\0\0[\0\0\0", 8), std::string("[\0\0\0]\0\0\0", 8),
                           std::string("\0\0\0[\0\0\0]", 8)}) {
    auto json = scan_json_document(text, "f.json");
    ASSERT_FALSE(json.ok());
    EXPECT_EQ(
        json.error().message,
        "the file is saved as UTF-32: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)");
  }
}

}  // namespace
}  // namespace lapaudit
