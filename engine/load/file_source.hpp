// SPDX-License-Identifier: Apache-2.0
#pragma once

// Where loaders get file contents from: the disk, or (in tests and for the rule set built into
// the binary) a map held in memory.

#include <map>
#include <string>

#include "load/input_text.hpp"
#include "util/error.hpp"

namespace lapaudit {

class FileSource {
 public:
  virtual ~FileSource() = default;
  // The whole content of `path`, or an Error naming it and saying why it cannot be read.
  virtual Result<std::string> read(const std::string& path) const = 0;
};

// The limit for the files that set up an audit (a rule set's files, a work plan, waivers): real
// ones hold a few KiB, so 16 MiB is room enough and stops a wrong file early. With
// `regular_files_only` (the rule set) a device or a pipe is refused.
ReadLimit settings_file_limit(bool regular_files_only = false);

class DiskFileSource : public FileSource {
 public:
  explicit DiskFileSource(ReadLimit limit = settings_file_limit()) : limit_(std::move(limit)) {}
  Result<std::string> read(const std::string& path) const override;

 private:
  ReadLimit limit_;
};

class MemoryFileSource : public FileSource {
 public:
  MemoryFileSource() = default;
  explicit MemoryFileSource(std::map<std::string, std::string> files) : files_(std::move(files)) {}
  void add(const std::string& path, std::string content) { files_[path] = std::move(content); }
  Result<std::string> read(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
};

// "sha256:<64 hex digits>" of `data`.
std::string sha256_digest(std::string_view data);

}  // namespace lapaudit
