#pragma once

// The text of one input file. A regular file is mapped into memory rather than copied: the
// pages a reader is done with can then be given back (`release`), so reading a large log costs
// little memory of its own. Anything else (a pipe, standard input) is read and held.

#include <cstddef>
#include <string>
#include <string_view>

#include "error.hpp"

namespace lapaudit {

class InputText {
 public:
  // The text of `path`, or an Error naming it and saying why it cannot be read.
  static Result<InputText> open(const std::string& path);
  // Text already in memory (standard input, tests).
  static InputText hold(std::string text);

  InputText(InputText&& other) noexcept;
  InputText& operator=(InputText&& other) noexcept;
  InputText(const InputText&) = delete;
  InputText& operator=(const InputText&) = delete;
  ~InputText();

  std::string_view view() const {
    return mapped_ != nullptr ? std::string_view(mapped_, size_) : held_;
  }

  // Gives the memory behind [begin, end) of the text back to the system (only the whole pages
  // inside it). The text reads the same afterwards: a mapped file's pages come back from the
  // file when they are read again. Held text is kept. Safe to call from several threads.
  void release(std::size_t begin, std::size_t end) const;

  // What to do when a mapped file is cut short by another program while it is read: its lost
  // pages cannot be read (the system raises SIGBUS), and the run cannot go on. From the first
  // call on, such a fault calls `handler` with the file's path, inside the signal handler: it
  // must be async-signal-safe and must end the process. Any other SIGBUS keeps the system's
  // default action. Call it before any file is opened.
  using LostInputHandler = void (*)(const char* path);
  static void on_lost_input(LostInputHandler handler);

 private:
  InputText() = default;
  void unmap();

  std::string held_;
  const char* mapped_ = nullptr;
  std::size_t size_ = 0;
  int slot_ = -1;  // its place among the mapped inputs the SIGBUS handler knows, or -1
};

}  // namespace lapaudit
