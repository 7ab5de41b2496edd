// internalBinding('os'): the facts behind the os module (Node's
// src/node_os.cc), all from libuv, plus the os.constants tables
// (src/node_constants.cc) built from this platform's own <errno.h>,
// <signal.h> and <dlfcn.h> values.
//
// Shapes follow Node's binding so modules/lib/os.js reads like Node's:
// getCPUs() returns a flat array of 7 values per CPU, getInterfaceAddresses()
// 7 values per address. The calls that can fail (hostname, home directory,
// uptime, interfaces, user info, priorities) take a context object as their
// last argument: on failure they fill it with errno, code, message and
// syscall and return undefined, and os.js throws ERR_SYSTEM_ERROR from it.
#include <dlfcn.h>
#include <uv.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include "binding.hpp"

namespace ts {
namespace {

// [ ... ctx ] at ctx_index gets {errno, code, message, syscall}; pushes
// undefined as the function's result.
duk_ret_t fail_with_context(duk_context* ctx, duk_idx_t ctx_index, int err, const char* syscall) {
  if (duk_is_object(ctx, ctx_index)) {
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, ctx_index, "errno");
    duk_push_string(ctx, uv_err_name(err));
    duk_put_prop_string(ctx, ctx_index, "code");
    duk_push_string(ctx, uv_strerror(err));
    duk_put_prop_string(ctx, ctx_index, "message");
    duk_push_string(ctx, syscall);
    duk_put_prop_string(ctx, ctx_index, "syscall");
  }
  duk_push_undefined(ctx);
  return 1;
}

// getHostname(ctx)
duk_ret_t get_hostname(duk_context* ctx) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buf;
  const int err = uv_os_gethostname(buf, &size);
  if (err != 0) return fail_with_context(ctx, 0, err, "uv_os_gethostname");
  duk_push_lstring(ctx, buf, size);
  return 1;
}

// getHomeDirectory(ctx)
duk_ret_t get_home_directory(duk_context* ctx) {
  char buf[4096];
  size_t size = sizeof buf;
  const int err = uv_os_homedir(buf, &size);
  if (err != 0) return fail_with_context(ctx, 0, err, "uv_os_homedir");
  duk_push_lstring(ctx, buf, size);
  return 1;
}

// getOSInformation() -> [sysname, version, release, machine]
duk_ret_t get_os_information(duk_context* ctx) {
  uv_utsname_t info;
  const int err = uv_os_uname(&info);
  if (err != 0) throw_uv_error(ctx, err, "uv_os_uname", "");
  duk_push_array(ctx);
  const char* fields[] = {info.sysname, info.version, info.release, info.machine};
  for (duk_uarridx_t i = 0; i < 4; i++) {
    duk_push_string(ctx, fields[i]);
    duk_put_prop_index(ctx, -2, i);
  }
  return 1;
}

// getUptime(ctx) -> seconds (with a fraction, as Node's)
duk_ret_t get_uptime(duk_context* ctx) {
  double uptime = 0;
  const int err = uv_uptime(&uptime);
  if (err != 0) return fail_with_context(ctx, 0, err, "uv_uptime");
  duk_push_number(ctx, uptime);
  return 1;
}

duk_ret_t get_total_mem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(uv_get_total_memory()));
  return 1;
}

// Node reports memory available to programs (MemAvailable on Linux), which
// is what uv_get_free_memory reads in this libuv.
duk_ret_t get_free_mem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(uv_get_free_memory()));
  return 1;
}

duk_ret_t get_available_parallelism(duk_context* ctx) {
  duk_push_uint(ctx, uv_available_parallelism());
  return 1;
}

// The CPU's current clock in MHz as the libuv bundled with Node 20 reports
// it on Linux: from cpufreq's scaling_cur_freq, 0 when that is missing (as
// in most VMs). The system libuv (1.44) would fall back to /proc/cpuinfo.
double cpu_speed_mhz(int cpu, double libuv_speed) {
#ifdef __linux__
  (void) libuv_speed;
  char path[96];
  std::snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%d/cpufreq/scaling_cur_freq", cpu);
  std::FILE* f = std::fopen(path, "r");
  if (f == nullptr) return 0;
  unsigned long khz = 0;
  const int n = std::fscanf(f, "%lu", &khz);
  std::fclose(f);
  return n == 1 ? static_cast<double>(khz / 1000) : 0;
#else
  (void) cpu;
  return libuv_speed;
#endif
}

// getCPUs() -> [model, speed, user, nice, sys, idle, irq, model, ...] or
// undefined when libuv cannot tell.
duk_ret_t get_cpus(duk_context* ctx) {
  uv_cpu_info_t* cpus = nullptr;
  int count = 0;
  if (uv_cpu_info(&cpus, &count) != 0) {
    duk_push_undefined(ctx);
    return 1;
  }
  duk_push_array(ctx);
  duk_uarridx_t at = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& c = cpus[i];
    duk_push_string(ctx, c.model);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_number(ctx, cpu_speed_mhz(i, static_cast<double>(c.speed)));
    duk_put_prop_index(ctx, -2, at++);
    const uint64_t times[] = {c.cpu_times.user, c.cpu_times.nice, c.cpu_times.sys,
                              c.cpu_times.idle, c.cpu_times.irq};
    for (uint64_t t : times) {
      duk_push_number(ctx, static_cast<double>(t));
      duk_put_prop_index(ctx, -2, at++);
    }
  }
  uv_free_cpu_info(cpus, count);
  return 1;
}

// getLoadAvg() -> [1, 5, 15 minute averages]
duk_ret_t get_load_avg(duk_context* ctx) {
  double avg[3] = {0, 0, 0};
  uv_loadavg(avg);
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < 3; i++) {
    duk_push_number(ctx, avg[i]);
    duk_put_prop_index(ctx, -2, i);
  }
  return 1;
}

// getInterfaceAddresses(ctx) -> [name, address, netmask, family, mac,
// internal, scopeid (-1 for IPv4), name, ...]
duk_ret_t get_interface_addresses(duk_context* ctx) {
  uv_interface_address_t* addrs = nullptr;
  int count = 0;
  const int err = uv_interface_addresses(&addrs, &count);
  if (err == UV_ENOSYS) {
    duk_push_array(ctx);
    return 1;
  }
  if (err != 0) return fail_with_context(ctx, 0, err, "uv_interface_addresses");
  duk_push_array(ctx);
  duk_uarridx_t at = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& a = addrs[i];
    char ip[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    const char* family = "unknown";
    int scope = -1;
    if (a.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a.address.address4, ip, sizeof ip);
      uv_ip4_name(&a.netmask.netmask4, mask, sizeof mask);
      family = "IPv4";
    } else if (a.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&a.address.address6, ip, sizeof ip);
      uv_ip6_name(&a.netmask.netmask6, mask, sizeof mask);
      family = "IPv6";
      scope = static_cast<int>(a.address.address6.sin6_scope_id);
    }
    char mac[18];
    const unsigned char* p = reinterpret_cast<const unsigned char*>(a.phys_addr);
    std::snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", p[0], p[1], p[2], p[3], p[4],
                  p[5]);
    duk_push_string(ctx, a.name);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_string(ctx, ip);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_string(ctx, mask);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_string(ctx, family);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_string(ctx, mac);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_boolean(ctx, a.is_internal != 0);
    duk_put_prop_index(ctx, -2, at++);
    duk_push_int(ctx, scope);
    duk_put_prop_index(ctx, -2, at++);
  }
  uv_free_interface_addresses(addrs, count);
  return 1;
}

// getUserInfo(options, ctx) -> {uid, gid, username, homedir, shell}
duk_ret_t get_user_info(duk_context* ctx) {
  uv_passwd_t pwd;
  const int err = uv_os_get_passwd(&pwd);
  if (err != 0) return fail_with_context(ctx, 1, err, "uv_os_get_passwd");
  duk_push_bare_object(ctx);  // Node's has no prototype either
  duk_push_number(ctx, static_cast<double>(pwd.uid));
  duk_put_prop_string(ctx, -2, "uid");
  duk_push_number(ctx, static_cast<double>(pwd.gid));
  duk_put_prop_string(ctx, -2, "gid");
  duk_push_string(ctx, pwd.username != nullptr ? pwd.username : "");
  duk_put_prop_string(ctx, -2, "username");
  duk_push_string(ctx, pwd.homedir != nullptr ? pwd.homedir : "");
  duk_put_prop_string(ctx, -2, "homedir");
  if (pwd.shell != nullptr) {
    duk_push_string(ctx, pwd.shell);
  } else {
    duk_push_null(ctx);
  }
  duk_put_prop_string(ctx, -2, "shell");
  uv_os_free_passwd(&pwd);
  return 1;
}

// getPriority(pid, ctx)
duk_ret_t get_priority(duk_context* ctx) {
  int priority = 0;
  const int err = uv_os_getpriority(static_cast<uv_pid_t>(duk_require_int(ctx, 0)), &priority);
  if (err != 0) return fail_with_context(ctx, 1, err, "uv_os_getpriority");
  duk_push_int(ctx, priority);
  return 1;
}

// setPriority(pid, priority, ctx) -> 0 or a libuv error number
duk_ret_t set_priority(duk_context* ctx) {
  const int err = uv_os_setpriority(static_cast<uv_pid_t>(duk_require_int(ctx, 0)),
                                    duk_require_int(ctx, 1));
  if (err != 0) fail_with_context(ctx, 2, err, "uv_os_setpriority");
  duk_push_int(ctx, err);
  return 1;
}

struct NamedValue {
  const char* name;
  int value;
};

// Node's order (src/node_constants.cc), limited to what this platform has.
const NamedValue kErrno[] = {
    {"E2BIG", E2BIG}, {"EACCES", EACCES}, {"EADDRINUSE", EADDRINUSE},
    {"EADDRNOTAVAIL", EADDRNOTAVAIL}, {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EAGAIN", EAGAIN},
    {"EALREADY", EALREADY}, {"EBADF", EBADF}, {"EBADMSG", EBADMSG}, {"EBUSY", EBUSY},
    {"ECANCELED", ECANCELED}, {"ECHILD", ECHILD}, {"ECONNABORTED", ECONNABORTED},
    {"ECONNREFUSED", ECONNREFUSED}, {"ECONNRESET", ECONNRESET}, {"EDEADLK", EDEADLK},
    {"EDESTADDRREQ", EDESTADDRREQ}, {"EDOM", EDOM}, {"EDQUOT", EDQUOT}, {"EEXIST", EEXIST},
    {"EFAULT", EFAULT}, {"EFBIG", EFBIG}, {"EHOSTUNREACH", EHOSTUNREACH}, {"EIDRM", EIDRM},
    {"EILSEQ", EILSEQ}, {"EINPROGRESS", EINPROGRESS}, {"EINTR", EINTR}, {"EINVAL", EINVAL},
    {"EIO", EIO}, {"EISCONN", EISCONN}, {"EISDIR", EISDIR}, {"ELOOP", ELOOP}, {"EMFILE", EMFILE},
    {"EMLINK", EMLINK}, {"EMSGSIZE", EMSGSIZE}, {"EMULTIHOP", EMULTIHOP},
    {"ENAMETOOLONG", ENAMETOOLONG}, {"ENETDOWN", ENETDOWN}, {"ENETRESET", ENETRESET},
    {"ENETUNREACH", ENETUNREACH}, {"ENFILE", ENFILE}, {"ENOBUFS", ENOBUFS}, {"ENODATA", ENODATA},
    {"ENODEV", ENODEV}, {"ENOENT", ENOENT}, {"ENOEXEC", ENOEXEC}, {"ENOLCK", ENOLCK},
    {"ENOLINK", ENOLINK}, {"ENOMEM", ENOMEM}, {"ENOMSG", ENOMSG}, {"ENOPROTOOPT", ENOPROTOOPT},
    {"ENOSPC", ENOSPC}, {"ENOSR", ENOSR}, {"ENOSTR", ENOSTR}, {"ENOSYS", ENOSYS},
    {"ENOTCONN", ENOTCONN}, {"ENOTDIR", ENOTDIR}, {"ENOTEMPTY", ENOTEMPTY},
    {"ENOTSOCK", ENOTSOCK}, {"ENOTSUP", ENOTSUP}, {"ENOTTY", ENOTTY}, {"ENXIO", ENXIO},
    {"EOPNOTSUPP", EOPNOTSUPP}, {"EOVERFLOW", EOVERFLOW}, {"EPERM", EPERM}, {"EPIPE", EPIPE},
    {"EPROTO", EPROTO}, {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EPROTOTYPE", EPROTOTYPE},
    {"ERANGE", ERANGE}, {"EROFS", EROFS}, {"ESPIPE", ESPIPE}, {"ESRCH", ESRCH},
    {"ESTALE", ESTALE}, {"ETIME", ETIME}, {"ETIMEDOUT", ETIMEDOUT}, {"ETXTBSY", ETXTBSY},
    {"EWOULDBLOCK", EWOULDBLOCK}, {"EXDEV", EXDEV},
};

const NamedValue kSignals[] = {
    {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
    {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
    {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
    {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
    {"SIGCHLD", SIGCHLD},
#ifdef SIGSTKFLT
    {"SIGSTKFLT", SIGSTKFLT},
#endif
    {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},
    {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},
    {"SIGVTALRM", SIGVTALRM}, {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO},
#ifdef SIGPOLL
    {"SIGPOLL", SIGPOLL},
#endif
#ifdef SIGPWR
    {"SIGPWR", SIGPWR},
#endif
    {"SIGSYS", SIGSYS},
};

const NamedValue kPriority[] = {
    {"PRIORITY_LOW", UV_PRIORITY_LOW},
    {"PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL},
    {"PRIORITY_NORMAL", UV_PRIORITY_NORMAL},
    {"PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL},
    {"PRIORITY_HIGH", UV_PRIORITY_HIGH},
    {"PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST},
};

const NamedValue kDlopen[] = {
    {"RTLD_LAZY", RTLD_LAZY}, {"RTLD_NOW", RTLD_NOW}, {"RTLD_GLOBAL", RTLD_GLOBAL},
    {"RTLD_LOCAL", RTLD_LOCAL},
#ifdef RTLD_DEEPBIND
    {"RTLD_DEEPBIND", RTLD_DEEPBIND},
#endif
};

// [ ... ] -> [ ... table ]: a prototype-less object of name -> value.
template <size_t N>
void push_table(duk_context* ctx, const NamedValue (&table)[N]) {
  duk_push_bare_object(ctx);
  for (const NamedValue& nv : table) {
    duk_push_int(ctx, nv.value);
    duk_put_prop_string(ctx, -2, nv.name);
  }
}

// [ ... ] -> [ ... constants ]: os.constants.
void push_constants(duk_context* ctx) {
  duk_push_bare_object(ctx);
  duk_push_int(ctx, UV_UDP_REUSEADDR);
  duk_put_prop_string(ctx, -2, "UV_UDP_REUSEADDR");
  push_table(ctx, kDlopen);
  duk_put_prop_string(ctx, -2, "dlopen");
  push_table(ctx, kErrno);
  duk_put_prop_string(ctx, -2, "errno");
  push_table(ctx, kSignals);
  duk_put_prop_string(ctx, -2, "signals");
  push_table(ctx, kPriority);
  duk_put_prop_string(ctx, -2, "priority");
}

bool is_big_endian() {
  const uint16_t probe = 1;
  unsigned char first;
  std::memcpy(&first, &probe, 1);
  return first == 0;
}

const duk_function_list_entry kFunctions[] = {
    {"getHostname", get_hostname, 1},
    {"getHomeDirectory", get_home_directory, 1},
    {"getOSInformation", get_os_information, 0},
    {"getUptime", get_uptime, 1},
    {"getTotalMem", get_total_mem, 0},
    {"getFreeMem", get_free_mem, 0},
    {"getAvailableParallelism", get_available_parallelism, 0},
    {"getCPUs", get_cpus, 0},
    {"getLoadAvg", get_load_avg, 0},
    {"getInterfaceAddresses", get_interface_addresses, 1},
    {"getUserInfo", get_user_info, 2},
    {"getPriority", get_priority, 2},
    {"setPriority", set_priority, 3},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_os_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
  duk_push_boolean(ctx, is_big_endian());
  duk_put_prop_string(ctx, -2, "isBigEndian");
  push_constants(ctx);
  duk_put_prop_string(ctx, -2, "constants");
}

}  // namespace ts
