// SPDX-License-Identifier: Apache-2.0
#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

#include "cli_support.hpp"

namespace lapaudit::cli {

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  to_stdout_ = path_.empty() || path_ == "-";
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

bool OutputFile::fail(const char* what) {
  int saved = errno;
  if (to_stdout_) {
    report_error(
        Error{"", 0, 0, std::string(what) + " to standard output: " + std::strerror(saved)});
    return false;
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (is_device_) {
    report_error(Error{path_, 0, 0, std::string(what) + ": " + std::strerror(saved)});
    return false;
  }
  if (!temp_.empty()) ::unlink(temp_.c_str());
  temp_.clear();
  report_error(Error{path_, 0, 0,
                     std::string(what) + ": " + std::strerror(saved) + " (nothing was written)"});
  return false;
}

bool OutputFile::open() {
  if (to_stdout_) return true;
  namespace fs = std::filesystem;
  std::error_code ec;
  auto status = fs::status(path_, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
    is_device_ = true;
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
    return fd_ >= 0 || fail("cannot write the report");
  }
  target_ = path_;
  if (fs::is_symlink(fs::symlink_status(path_, ec))) {
    fs::path linked = fs::weakly_canonical(path_, ec);
    if (!ec) target_ = linked.string();
  }
  fs::path target(target_);
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
  fd_ = ::mkstemp(temp.data());
  if (fd_ < 0) return fail("cannot write the report here");
  temp_ = std::move(temp);
  return true;
}

void OutputFile::write(std::string_view piece) {
  if (error_ != 0) return;
  if (to_stdout_) {
    if (std::fwrite(piece.data(), 1, piece.size(), stdout) != piece.size()) error_ = errno;
    return;
  }
  while (!piece.empty()) {
    ssize_t n = ::write(fd_, piece.data(), piece.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : EIO;
      return;
    }
    piece.remove_prefix(static_cast<std::size_t>(n));
  }
}

bool OutputFile::commit() {
  if (to_stdout_) {
    if (std::fflush(stdout) != 0 && error_ == 0) error_ = errno;
    errno = error_;
    return error_ == 0 || fail("cannot write the report");
  }
  if (fd_ < 0) return false;  // open() failed, and said so
  errno = error_;
  if (error_ != 0) return fail("cannot write the report");
  if (is_device_) {
    int fd = std::exchange(fd_, -1);
    return ::close(fd) == 0 || fail("cannot write the report");
  }
  if (::fsync(fd_) != 0 && errno != EINVAL) return fail("cannot write the report");
  struct stat replaced {};
  if (::stat(target_.c_str(), &replaced) == 0 && S_ISREG(replaced.st_mode)) {
    ::fchmod(fd_, replaced.st_mode & 07777);
    // Only root or the owner of both may keep another owner or group: failing that, ours.
    if (::fchown(fd_, replaced.st_uid, replaced.st_gid) != 0) {
      ::fchmod(fd_, replaced.st_mode & 0777);
    }
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd_, 0666 & ~mask);
  }
  int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) return fail("cannot write the report");
  if (::rename(temp_.c_str(), target_.c_str()) != 0) return fail("cannot replace the report");
  temp_.clear();
  return true;
}

bool write_output(const std::string& path, std::string_view content) {
  OutputFile out(path);
  if (!out.open()) return false;
  out.write(content);
  return out.commit();
}

}  // namespace lapaudit::cli
