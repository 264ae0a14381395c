// SPDX-License-Identifier: Apache-2.0
#include "usage_errors.hpp"

#include <sstream>
#include <string_view>
#include <vector>

#include "lapaudit/reports.hpp"

namespace lapaudit::cli {
namespace {

// The command the user named, or nullptr when none was recognised.
const CLI::App* command_of(const CLI::App& app) {
  auto parsed = app.get_subcommands();
  return parsed.empty() ? nullptr : parsed.front();
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_name().empty()) names.push_back(sub->get_name());
  }
  return names;
}

// Every option of `app` and its option groups, as written on a command line.
void add_option_names(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* option : app.get_options()) {
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
    for (const auto& name : option->get_snames()) names.push_back("-" + name);
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (sub->get_name().empty()) add_option_names(*sub, names);
  }
}

// The option or positional `name` ("--group", "activities") of `app` or its option groups.
const CLI::Option* find_option(const CLI::App& app, const std::string& name) {
  for (const CLI::Option* option : app.get_options()) {
    if (option->check_name(name)) return option;
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (!sub->get_name().empty()) continue;
    if (const CLI::Option* found = find_option(*sub, name)) return found;
  }
  return nullptr;
}

// "--group ID" for an option, "ACTIVITIES" for a positional.
std::string shown(const CLI::Option& option) {
  if (option.get_lnames().empty() && option.get_snames().empty()) return option.get_type_name();
  std::string text = option.get_name(false, false);
  if (option.get_type_size() != 0 && !option.get_type_name().empty()) {
    text += " " + option.get_type_name();
  }
  return text;
}

std::string help_hint(const CLI::App* command) {
  if (command == nullptr) return "(lapaudit --help lists the commands and options)";
  return "(lapaudit " + command->get_name() + " --help lists its options)";
}

// A word the parser did not expect: an unknown option, an unknown command, or one word too many.
std::string unexpected_word(const CLI::App& app, const CLI::App* command, const std::string& word) {
  if (word.size() > 1 && word[0] == '-') {
    std::string name = word.substr(0, word.find('='));
    std::vector<std::string> options;
    if (command != nullptr) add_option_names(*command, options);
    add_option_names(app, options);
    // Without its dashes: "--x" is no typo of "--to".
    std::string bare = name.substr(name.find_first_not_of('-'));
    std::vector<std::string> bare_options;
    for (const auto& option : options)
      bare_options.push_back(option.substr(option.find_first_not_of('-')));
    const std::string* nearest = bare.size() >= 3 ? closest_name(bare, bare_options) : nullptr;
    std::string text = command == nullptr ? "there is no option " + name
                                          : command->get_name() + " has no option " + name;
    if (nearest != nullptr)
      text += ", did you mean " + options[static_cast<std::size_t>(nearest - bare_options.data())] +
              "?";
    return text + " " + help_hint(command);
  }
  if (command == nullptr) {
    auto commands = command_names(app);
    return "\"" + word + "\" is not a lapaudit command" + did_you_mean(word, commands) +
           " (commands: " + join(commands) + ")";
  }
  return command->get_name() + " does not take \"" + word + "\" " + help_hint(command);
}

// "NAME: rest" from CLI11's "NAME: rest" messages; rest alone when there is no name.
std::pair<std::string, std::string> split_name(const std::string& message) {
  auto colon = message.find(": ");
  if (colon == std::string::npos) return {"", message};
  return {message.substr(0, colon), message.substr(colon + 2)};
}

// The words of CLI11's "The following arguments were not expected: c b a" (listed last first),
// for an error raised inside a command, whose leftovers the top-level app does not keep.
std::vector<std::string> words_not_expected(const std::string& message) {
  std::vector<std::string> words;
  std::istringstream listed(message.substr(message.find(": ") + 2));
  for (std::string word; listed >> word;) words.insert(words.begin(), word);
  return words;
}

std::string with_lower_first(std::string text) {
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

std::string missing_requirement(const CLI::App& app, const CLI::App* command,
                                const std::string& message) {
  if (command == nullptr) {
    return "name a command: " + join(command_names(app)) + " " + help_hint(nullptr);
  }
  std::string name = message.substr(0, message.rfind(" is required"));
  const CLI::Option* option = find_option(*command, name);
  if (option == nullptr) return command->get_name() + ": " + message + " " + help_hint(command);
  return command->get_name() + " needs " + shown(*option) + ": " +
         with_lower_first(option->get_description());
}

// By type: CLI11 names some errors after the command that raised them, not their kind.
template <class Kind>
bool is(const CLI::Error& error) {
  return dynamic_cast<const Kind*>(&error) != nullptr;
}

std::string one_error(const CLI::App& app, const CLI::Error& error) {
  const CLI::App* command = command_of(app);
  std::string message = error.what();
  if (is<CLI::ExtrasError>(error) || is<CLI::RequiredError>(error)) {
    auto words = app.remaining(true);
    if (words.empty() && is<CLI::ExtrasError>(error)) words = words_not_expected(message);
    if (!words.empty()) {
      std::string text;
      for (const auto& word : words) {
        if (!text.empty()) text += "\nlapaudit: ";
        text += unexpected_word(app, command, word);
        // Without a command the words after the first are its arguments, not more mistakes.
        if (command == nullptr && word[0] != '-') break;
      }
      return text;
    }
  }
  if (is<CLI::RequiredError>(error)) return missing_requirement(app, command, message);
  if (is<CLI::ExcludesError>(error)) {
    auto at = message.find(" excludes ");
    return message.substr(0, at) + " and " + message.substr(at + 10) +
           " cannot be used together: give one of them";
  }
  if (is<CLI::ArgumentMismatch>(error)) {
    auto [name, rest] = split_name(message);
    const CLI::Option* option = command ? find_option(*command, name) : nullptr;
    if (option != nullptr) {
      return name + " needs a value after it: " + with_lower_first(option->get_description());
    }
  }
  if (is<CLI::ValidationError>(error)) {
    auto [name, rest] = split_name(message);
    return name + " " + rest;
  }
  return message + " " + help_hint(command);
}

}  // namespace

std::string usage_error_message(const CLI::App& app, const CLI::Error& error) {
  return "lapaudit: " + one_error(app, error) + "\n";
}

}  // namespace lapaudit::cli
