// internalBinding('crypto'): hashes, HMACs, key derivation and random bytes
// for lib/crypto.js, on OpenSSL's libcrypto (Debian's libssl-dev), as Node's
// src/crypto/ does.
//
//   hashCreate(algorithm[, outputLength]) -> handle, or undefined for an unknown digest
//   hmacCreate(algorithm, key) -> handle, or undefined for an unknown digest
//   hashCopy(handle) -> handle
//   update(handle, data)          data: a string (UTF-8) or a byte view
//   digestSize(handle) -> n;  digest(handle, out)   writes n bytes into out
//   getHashes() -> [names]
//   randomFill(view, offset, size[, callback])
//   pbkdf2(out, password, salt, iterations, digest[, callback]) -> undefined if digest unknown
//   scrypt(out, password, salt, N, r, p, maxmem[, callback]) -> a string (OpenSSL's reason,
//       maybe empty) when the parameters are invalid
//   hkdf(out, digest, key, salt, info[, callback]) -> undefined if digest unknown
//   digestLength(algorithm) -> bytes, or undefined for an unknown digest
//
// Errors from OpenSSL are thrown (or passed to the callback) as Node shows
// them: the message is OpenSSL's error string ("error:0308010C:digital
// envelope routines::unsupported") and, for the EVP library, the code is
// ERR_OSSL_EVP_<REASON>.
//
// A handle is an object owning the OpenSSL context (push_owned, binding.hpp).
// With a callback, the work (randomFill, pbkdf2, scrypt, hkdf) runs on
// libuv's thread pool like fs requests (Pool: recorded as pool.queue /
// pool.work, the callback in the poll phase as kind "crypto"); that is
// Node's classic demonstration of the pool: with 4 threads, a fifth pbkdf2
// waits for one of the first four to finish. The bytes are written into the
// output view the caller passed (kept alive in a slot until the callback).
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <functional>
#include <string>
#include <vector>

#include "binding.hpp"
#include "buffer.hpp"
#include "pool.hpp"
#include "runtime.hpp"

namespace ts {
namespace {

// The OpenSSL state behind a Hash or Hmac object.
struct DigestState {
  EVP_MD_CTX* md = nullptr;    // a hash
  EVP_MAC_CTX* mac = nullptr;  // an HMAC
  size_t size = 0;             // the digest's length in bytes
  bool xof = false;            // an extendable-output hash (shake*): any size

  DigestState() = default;
  DigestState(const DigestState&) = delete;
  DigestState& operator=(const DigestState&) = delete;
  ~DigestState() {
    EVP_MD_CTX_free(md);
    EVP_MAC_CTX_free(mac);
  }
};

// OpenSSL's most recent error on this thread, as Node words it: the
// message "error:XXXXXXXX:library::reason" and, for EVP, a code.
struct OpenSslError {
  std::string message;
  std::string code;
};

// `first`: the earliest error of the queue (what Node reports for a failed
// digest init) rather than the latest; `with_code`: add the ERR_OSSL_ code
// (Node's key-derivation jobs report the message alone).
OpenSslError last_openssl_error(const char* fallback, bool first = false, bool with_code = true) {
  OpenSslError out;
  const unsigned long e = first ? ERR_peek_error() : ERR_peek_last_error();
  if (e == 0) {
    out.message = fallback;
    return out;
  }
  char text[256] = "";
  ERR_error_string_n(e, text, sizeof text);
  out.message = text;
  const char* reason = ERR_reason_error_string(e);
  if (with_code && ERR_GET_LIB(e) == ERR_LIB_EVP && reason != nullptr) {
    out.code = "ERR_OSSL_EVP_";
    for (const char* c = reason; *c != '\0'; ++c) {
      out.code += *c == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(*c)));
    }
  }
  ERR_clear_error();
  return out;
}

// Pushes an Error for `err` ([ ... ] -> [ ... error ]).
void push_openssl_error(duk_context* ctx, const OpenSslError& err) {
  duk_push_error_object(ctx, DUK_ERR_ERROR, "%s", err.message.c_str());
  if (!err.code.empty()) {
    duk_push_string(ctx, err.code.c_str());
    duk_put_prop_literal(ctx, -2, "code");
  }
}

// Throws OpenSSL's error (duk_throw does not return).
duk_ret_t throw_openssl(duk_context* ctx, const char* what, bool first = false,
                       bool with_code = true) {
  push_openssl_error(ctx, last_openssl_error(what, first, with_code));
  return duk_throw(ctx);
}

// Bytes of a string (as UTF-8) or a buffer view (Buffer, typed array,
// ArrayBuffer, DataView) at idx.
std::string bytes_arg(duk_context* ctx, duk_idx_t idx) {
  if (duk_is_string(ctx, idx)) return js_string_to_utf8(ctx, idx);
  duk_size_t n = 0;
  void* p = duk_get_buffer_data(ctx, idx, &n);
  if (p == nullptr && !duk_is_buffer_data(ctx, idx)) {
    (void) duk_type_error(ctx, "expected a string or a byte view");
  }
  return std::string(static_cast<const char*>(p), n);
}

// The writable bytes of the view at idx.
uint8_t* out_arg(duk_context* ctx, duk_idx_t idx, size_t* size) {
  duk_size_t n = 0;
  void* p = duk_require_buffer_data(ctx, idx, &n);
  *size = n;
  return static_cast<uint8_t*>(p);
}

DigestState& push_handle(duk_context* ctx) {
  return push_owned(ctx, std::make_unique<DigestState>());
}

DigestState& state_arg(duk_context* ctx, duk_idx_t idx) {
  return owned_arg<DigestState>(ctx, idx, "not a hash handle");
}

const EVP_MD* find_digest(duk_context* ctx, duk_idx_t idx) {
  const std::string name = require_string(ctx, idx, "algorithm");
  return EVP_get_digestbyname(name.c_str());
}

duk_ret_t hash_create(duk_context* ctx) {
  const EVP_MD* md = find_digest(ctx, 0);
  if (md == nullptr) return 0;
  DigestState& state = push_handle(ctx);
  state.md = EVP_MD_CTX_new();
  state.size = static_cast<size_t>(EVP_MD_get_size(md));
  state.xof = (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) != 0;
  if (state.md == nullptr || EVP_DigestInit_ex(state.md, md, nullptr) != 1) {
    return throw_openssl(ctx, "EVP_DigestInit_ex failed", true);
  }
  if (duk_is_number(ctx, 1)) {
    const auto length = static_cast<size_t>(duk_get_number(ctx, 1));
    if (length != state.size && !state.xof) {
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return throw_openssl(ctx, "not XOF or invalid length");
    }
    state.size = length;
  }
  return 1;
}

duk_ret_t hmac_create(duk_context* ctx) {
  const EVP_MD* md = find_digest(ctx, 0);
  if (md == nullptr) return 0;
  const std::string key = bytes_arg(ctx, 1);
  DigestState& state = push_handle(ctx);
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  state.mac = mac != nullptr ? EVP_MAC_CTX_new(mac) : nullptr;
  EVP_MAC_free(mac);  // the context keeps its own reference
  std::string digest_name = EVP_MD_get0_name(md);
  OSSL_PARAM params[] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name.data(), 0),
      OSSL_PARAM_construct_end()};
  static const unsigned char kEmpty = 0;  // a zero-length key still needs a pointer
  const auto* key_bytes = key.empty() ? &kEmpty : reinterpret_cast<const unsigned char*>(key.data());
  if (state.mac == nullptr || EVP_MAC_init(state.mac, key_bytes, key.size(), params) != 1) {
    return throw_openssl(ctx, "HMAC init failed");
  }
  state.size = EVP_MAC_CTX_get_mac_size(state.mac);
  return 1;
}

duk_ret_t hash_copy(duk_context* ctx) {
  DigestState& from = state_arg(ctx, 0);
  DigestState& state = push_handle(ctx);
  state.size = from.size;
  state.xof = from.xof;
  state.md = EVP_MD_CTX_new();
  if (state.md == nullptr || EVP_MD_CTX_copy_ex(state.md, from.md) != 1) {
    return throw_openssl(ctx, "EVP_MD_CTX_copy_ex failed");
  }
  return 1;
}

duk_ret_t update(duk_context* ctx) {
  DigestState& state = state_arg(ctx, 0);
  const std::string data = bytes_arg(ctx, 1);
  const int ok = state.md != nullptr
                     ? EVP_DigestUpdate(state.md, data.data(), data.size())
                     : EVP_MAC_update(state.mac, reinterpret_cast<const unsigned char*>(data.data()),
                                      data.size());
  if (ok != 1) return throw_openssl(ctx, "digest update failed");
  return 0;
}

duk_ret_t digest_size(duk_context* ctx) {
  duk_push_uint(ctx, static_cast<duk_uint_t>(state_arg(ctx, 0).size));
  return 1;
}

duk_ret_t digest(duk_context* ctx) {
  DigestState& state = state_arg(ctx, 0);
  size_t n = 0;
  uint8_t* out = out_arg(ctx, 1, &n);
  if (n < state.size) return duk_range_error(ctx, "digest output too small");
  unsigned int md_len = 0;
  size_t mac_len = 0;
  int ok;
  if (state.mac != nullptr) {
    ok = EVP_MAC_final(state.mac, out, &mac_len, n);
  } else if (state.xof) {
    ok = state.size == 0 ? 1 : EVP_DigestFinalXOF(state.md, out, state.size);
  } else {
    ok = EVP_DigestFinal_ex(state.md, out, &md_len);
  }
  if (ok != 1) return throw_openssl(ctx, "digest failed");
  return 0;
}

duk_ret_t digest_length(duk_context* ctx) {
  const EVP_MD* md = find_digest(ctx, 0);
  if (md == nullptr) return 0;
  duk_push_int(ctx, EVP_MD_get_size(md));
  return 1;
}

// Node's getHashes(): every digest name and alias OpenSSL knows, sorted,
// keeping those that can actually be fetched.
duk_ret_t get_hashes(duk_context* ctx) {
  std::vector<std::string> names;
  EVP_MD_do_all_sorted(
      [](const EVP_MD* md, const char* from, const char* /*to*/, void* arg) {
        if (md == nullptr && from == nullptr) return;
        auto* list = static_cast<std::vector<std::string>*>(arg);
        const EVP_MD* resolved = EVP_get_digestbyname(from);
        if (resolved == nullptr) return;
        EVP_MD* fetched = EVP_MD_fetch(nullptr, EVP_MD_get0_name(resolved), nullptr);
        if (fetched == nullptr) return;
        EVP_MD_free(fetched);
        list->emplace_back(from);
      },
      &names);
  ERR_clear_error();  // the fetches that failed left their errors
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
  for (const std::string& name : names) {
    duk_push_string(ctx, name.c_str());
    duk_put_prop_index(ctx, -2, i++);
  }
  return 1;
}

// --- work that may run on the thread pool -----------------------------------------

// A key derivation or random fill: `job` runs on a pool worker (or inline
// when there is no callback) and returns whether it succeeded; the callback
// gets (err) in the poll phase, err carrying OpenSSL's reason, read on the
// worker (OpenSSL's error queue is per thread).
class CryptoWork : public PoolWork {
 public:
  CryptoWork(Runtime& rt, std::function<bool()> job, uint32_t callback_slot, uint32_t out_slot)
      : rt_(rt), job_(std::move(job)), callback_slot_(callback_slot), out_slot_(out_slot) {}

 protected:
  void run() override {
    ERR_clear_error();
    ok_ = job_();
    if (!ok_) error_ = last_openssl_error("Deriving bits failed", true, false);
  }

  void complete(int status) override {
    duk_context* ctx = rt_.ctx();
    if (status == UV_ECANCELED || !rt_.can_call_into_js()) {
      release();
      return;
    }
    rt_.slots().push(ctx, callback_slot_);  // [ ... callback ]
    duk_push_undefined(ctx);                // this
    if (ok_) {
      duk_push_null(ctx);
    } else {
      push_openssl_error(ctx, error_);
    }
    {
      CallbackScope scope(rt_, "crypto", id, cause, -3);
      scope.set_threw(!rt_.call_into_js(1));
    }
    duk_pop(ctx);
    release();
    rt_.run_checkpoint();
  }

 private:
  void release() {
    rt_.slots().release(rt_.ctx(), callback_slot_);
    rt_.slots().release(rt_.ctx(), out_slot_);
  }

  Runtime& rt_;
  std::function<bool()> job_;
  uint32_t callback_slot_;
  uint32_t out_slot_;
  bool ok_ = false;
  OpenSslError error_;
};

// Runs `job` now (no callback at cb_index: throws OpenSSL's error if it
// fails) or on the pool (the callback gets the outcome). Returns true.
// out_index: the view the job writes, kept alive until the callback.
duk_ret_t run_job(duk_context* ctx, duk_idx_t cb_index, duk_idx_t out_index, const char* what,
                  std::function<bool()> job) {
  if (!duk_is_function(ctx, cb_index)) {
    ERR_clear_error();
    if (!job()) return throw_openssl(ctx, "Deriving bits failed", true, false);
    duk_push_true(ctx);
    return 1;
  }
  Runtime& rt = Runtime::from(ctx);
  const uint32_t cb_slot = rt.slots().put(ctx, cb_index);
  const uint32_t out_slot = rt.slots().put(ctx, out_index);
  auto* work = new CryptoWork(rt, std::move(job), cb_slot, out_slot);
  work->id = rt.new_id();
  work->cause = rt.execution_id();
  work->what = what;
  rt.pool().submit(work, "");
  duk_push_true(ctx);
  return 1;
}

duk_ret_t random_fill(duk_context* ctx) {
  size_t n = 0;
  uint8_t* bytes = out_arg(ctx, 0, &n);
  const double offset = duk_require_number(ctx, 1);
  const double size = duk_require_number(ctx, 2);
  if (offset < 0 || size < 0 || offset + size > static_cast<double>(n)) {
    return duk_range_error(ctx, "randomFill range out of bounds");
  }
  uint8_t* start = bytes + static_cast<size_t>(offset);
  const int len = static_cast<int>(size);
  return run_job(ctx, 3, 0, "randomBytes",
                 [start, len] { return len == 0 || RAND_bytes(start, len) == 1; });
}

duk_ret_t pbkdf2(duk_context* ctx) {
  size_t n = 0;
  uint8_t* out = out_arg(ctx, 0, &n);
  std::string password = bytes_arg(ctx, 1);
  std::string salt = bytes_arg(ctx, 2);
  const int iterations = duk_require_int(ctx, 3);
  const EVP_MD* md = find_digest(ctx, 4);
  if (md == nullptr) return 0;
  return run_job(ctx, 5, 0, "pbkdf2", [=] {
    return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                             reinterpret_cast<const unsigned char*>(salt.data()),
                             static_cast<int>(salt.size()), iterations, md, static_cast<int>(n),
                             out) == 1;
  });
}

duk_ret_t scrypt(duk_context* ctx) {
  size_t n = 0;
  uint8_t* out = out_arg(ctx, 0, &n);
  std::string password = bytes_arg(ctx, 1);
  std::string salt = bytes_arg(ctx, 2);
  const auto N = static_cast<uint64_t>(duk_require_number(ctx, 3));
  const auto r = static_cast<uint64_t>(duk_require_number(ctx, 4));
  const auto p = static_cast<uint64_t>(duk_require_number(ctx, 5));
  const auto maxmem = static_cast<uint64_t>(duk_require_number(ctx, 6));
  // Checked here, synchronously, as Node does: a bad N/r/p or too little
  // maxmem is an error at the call, not in the callback. The result is then
  // OpenSSL's reason ("" when it gives none), which Node appends.
  ERR_clear_error();
  if (EVP_PBE_scrypt(nullptr, 0, nullptr, 0, N, r, p, maxmem, nullptr, 0) != 1) {
    char reason[256] = "";
    const unsigned long code = ERR_peek_last_error();
    if (code != 0) ERR_error_string_n(code, reason, sizeof reason);
    ERR_clear_error();
    duk_push_string(ctx, reason);
    return 1;
  }
  return run_job(ctx, 7, 0, "scrypt", [=] {
    return EVP_PBE_scrypt(password.data(), password.size(),
                          reinterpret_cast<const unsigned char*>(salt.data()), salt.size(), N, r, p,
                          maxmem, out, n) == 1;
  });
}

duk_ret_t hkdf(duk_context* ctx) {
  size_t n = 0;
  uint8_t* out = out_arg(ctx, 0, &n);
  const EVP_MD* md = find_digest(ctx, 1);
  if (md == nullptr) return 0;
  std::string key = bytes_arg(ctx, 2);
  std::string salt = bytes_arg(ctx, 3);
  std::string info = bytes_arg(ctx, 4);
  std::string digest_name = EVP_MD_get0_name(md);
  return run_job(ctx, 5, 0, "hkdf", [=]() mutable {
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* kctx = kdf != nullptr ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    if (kctx == nullptr) return false;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest_name.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, key.data(), key.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(), salt.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), info.size()),
        OSSL_PARAM_construct_end()};
    const bool ok = EVP_KDF_derive(kctx, out, n, params) == 1;
    EVP_KDF_CTX_free(kctx);
    return ok;
  });
}

const duk_function_list_entry kFunctions[] = {
    {"hashCreate", hash_create, 2},
    {"hmacCreate", hmac_create, 2},
    {"hashCopy", hash_copy, 1},
    {"update", update, 2},
    {"digestSize", digest_size, 1},
    {"digest", digest, 2},
    {"getHashes", get_hashes, 0},
    {"digestLength", digest_length, 1},
    {"randomFill", random_fill, 4},
    {"pbkdf2", pbkdf2, 6},
    {"scrypt", scrypt, 8},
    {"hkdf", hkdf, 6},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_crypto_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
