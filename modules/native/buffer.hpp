// String <-> UTF-8 conversions of the buffer binding, for other bindings.
//
// Duktape keeps strings as CESU-8 ("extended UTF-8"): a character above
// U+FFFF is a surrogate pair, each surrogate 3 bytes, and lone surrogates
// are allowed. Bytes that leave the runtime (stdout, files, sockets) must be
// real UTF-8, and bytes that come in must be made into that form. These are
// the conversions Buffer uses (modules/native/buffer.cpp), so that
// console.log(s), fs.writeFileSync(p, s) and Buffer.from(s) agree with Node.
#pragma once

#include <duktape.h>

#include <cstddef>
#include <string>

namespace ts {

// The UTF-8 form of the string at idx: surrogate pairs joined into 4-byte
// sequences, lone surrogates as U+FFFD (EF BF BD), as V8's WriteUtf8 does.
std::string js_string_to_utf8(duk_context* ctx, duk_idx_t idx);

// Pushes the JS string decoded from UTF-8 bytes: characters above U+FFFF
// become surrogate pairs, invalid input U+FFFD per maximal subpart (WHATWG),
// as V8's String::NewFromUtf8 does.
void push_utf8_as_js_string(duk_context* ctx, const char* data, size_t len);

}  // namespace ts
