// SPDX-License-Identifier: Apache-2.0
#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

#include "cli_support.hpp"

namespace lapaudit::cli {
namespace {

// The temporary file being written, for the signal handler below: a run writes one output at a
// time. Plain global state, because a signal handler can read nothing else safely.
char g_temp_path[4096];
volatile std::sig_atomic_t g_has_temp = 0;

// Interrupted (Ctrl-C, kill, a full quota), a run removes its partial temporary file and then
// dies of the same signal, as it would have; the earlier report stays whole.
extern "C" void remove_temp_and_die(int signal) {
  if (g_has_temp != 0) ::unlink(g_temp_path);
  ::raise(signal);  // the handler was reset to the default (SA_RESETHAND)
}

void guard_temp(const std::string& temp) {
  if (temp.size() >= sizeof g_temp_path) return;
  temp.copy(g_temp_path, temp.size());
  g_temp_path[temp.size()] = '\0';
  g_has_temp = 1;
  for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXFSZ}) {
    struct sigaction current {};
    ::sigaction(signal, nullptr, &current);
    if (current.sa_handler == SIG_IGN) continue;  // nohup and the like: still ignored
    struct sigaction action {};
    action.sa_handler = remove_temp_and_die;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal, &action, nullptr);
  }
}

void unguard_temp() { g_has_temp = 0; }

}  // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  to_stdout_ = path_.empty() || path_ == "-";
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
  unguard_temp();
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
  unguard_temp();
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
  guard_temp(temp_);
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
  unguard_temp();
  return true;
}

bool write_output(const std::string& path, std::string_view content) {
  OutputFile out(path);
  if (!out.open()) return false;
  out.write(content);
  return out.commit();
}

}  // namespace lapaudit::cli
