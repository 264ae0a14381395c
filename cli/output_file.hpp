// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where a command's output goes: standard output (for "" or "-"), a device or pipe named by
// the user (/dev/stdout, /dev/null), or a file, which is replaced whole or not at all. A file is
// written to a temporary file beside it, flushed, and renamed over it by commit(); until then,
// and after any failure, an earlier file of that name is untouched. A replaced file keeps its
// permissions (and owner, where the process may set it); a new one gets the umask's. A symbolic
// link is written through: its target is replaced the same way, and the link stays.

#include <string>
#include <string_view>

namespace lapaudit::cli {

class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();  // removes the temporary file unless commit() succeeded
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Opens the destination. Reports and returns false when it cannot be written.
  bool open();
  // Writes the next piece. A failure is kept and reported by commit(); later pieces are dropped.
  void write(std::string_view piece);
  // Finishes the output (flush, rename). Reports and returns false when any of it failed.
  bool commit();

 private:
  bool fail(const char* what);

  std::string path_;        // as the user named it, for messages
  std::string target_;      // the file replaced: path_, or the file a link at path_ points to
  std::string temp_;        // the temporary file, while there is one
  int fd_ = -1;             // the temporary file or the device
  bool to_stdout_ = false;  // "" or "-"
  bool is_device_ = false;  // no file to replace: written in place
  int error_ = 0;           // errno of the first failed write
};

// Writes `content` to `path` as above. Reports and returns false on failure.
bool write_output(const std::string& path, std::string_view content);

}  // namespace lapaudit::cli
