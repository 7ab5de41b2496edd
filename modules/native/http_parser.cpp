// internalBinding('http_parser'): HTTP/1 parsing with llhttp (Node's
// src/node_http_parser.cc). The parser is Debian's llhttp (package
// node-llhttp, compiled into ts_llhttp by CMakeLists.txt): nothing here
// parses HTTP by hand.
//
//   var parser = new HTTPParser()
//   parser.initialize(HTTPParser.REQUEST | RESPONSE, traceId)   traceId: the socket handle's id
//   parser.onHeadersComplete = function (versionMajor, versionMinor, headers, method,
//                                        url, statusCode, statusMessage, upgrade,
//                                        shouldKeepAlive) { return skipBody; }
//   parser.onBody = function (buffer) {}
//   parser.onMessageComplete = function (trailers) {}     trailers: [field, value, ...] or undefined
//   parser.execute(buffer) -> bytes parsed, or an Error (code 'HPE_...', bytesParsed, reason)
//   parser.finish()        -> undefined, or an Error (the connection ended mid-message)
//   parser.close()         frees nothing (the object owns its llhttp state)
//
// The JS callbacks run synchronously inside execute() (which JS called: no
// funnel here). llhttp is compiled with -fexceptions, so an exception thrown
// by a callback unwinds through it to execute's caller. Heads and message
// ends are recorded (http.request / http.response / http.message.end) with
// the socket's handle id.
#include <llhttp.h>

#include <cstring>
#include <string>
#include <vector>

#include "binding.hpp"
#include "runtime.hpp"
#include "stream_wrap.hpp"

namespace ts {
namespace {

constexpr const char kParserKey[] = "\xff" "parser";

struct Parser {
  llhttp_t http;
  llhttp_settings_t settings;
  Runtime* rt = nullptr;
  duk_context* ctx = nullptr;
  duk_idx_t self_index = 0;  // `this` of the running execute()
  uint32_t trace_id = 0;
  std::string url;
  std::string status;
  std::vector<std::string> headers;  // field, value, field, value...
  std::string field;
  std::string value;
  bool in_value = false;
  int64_t body_bytes = 0;
  bool paused_for_js = false;
};

Parser* parser_of(llhttp_t* http) { return static_cast<Parser*>(http->data); }

void flush_header(Parser* p) {
  if (!p->field.empty() || p->in_value) {
    p->headers.push_back(std::move(p->field));
    p->headers.push_back(std::move(p->value));
    p->field.clear();
    p->value.clear();
  }
  p->in_value = false;
}

int on_message_begin(llhttp_t* http) {
  Parser* p = parser_of(http);
  p->url.clear();
  p->status.clear();
  p->headers.clear();
  p->field.clear();
  p->value.clear();
  p->in_value = false;
  p->body_bytes = 0;
  return 0;
}

int on_url(llhttp_t* http, const char* at, size_t len) {
  parser_of(http)->url.append(at, len);
  return 0;
}

int on_status(llhttp_t* http, const char* at, size_t len) {
  parser_of(http)->status.append(at, len);
  return 0;
}

int on_header_field(llhttp_t* http, const char* at, size_t len) {
  Parser* p = parser_of(http);
  if (p->in_value) flush_header(p);
  p->field.append(at, len);
  return 0;
}

int on_header_value(llhttp_t* http, const char* at, size_t len) {
  Parser* p = parser_of(http);
  p->in_value = true;
  p->value.append(at, len);
  return 0;
}

int on_header_value_complete(llhttp_t* http) {
  Parser* p = parser_of(http);
  p->in_value = true;
  flush_header(p);
  return 0;
}

// [ ... ] -> [ ... fn this ] or false when this[name] is not a function.
bool push_callback(Parser* p, const char* name) {
  duk_context* ctx = p->ctx;
  duk_get_prop_string(ctx, p->self_index, name);
  if (!duk_is_function(ctx, -1)) {
    duk_pop(ctx);
    return false;
  }
  duk_dup(ctx, p->self_index);
  return true;
}

int on_headers_complete(llhttp_t* http) {
  Parser* p = parser_of(http);
  if (p->in_value || !p->field.empty()) flush_header(p);
  duk_context* ctx = p->ctx;
  Runtime& rt = *p->rt;
  const bool request = http->type == HTTP_REQUEST;
  const char* method = request ? llhttp_method_name(static_cast<llhttp_method_t>(http->method)) : "";
  const bool keep_alive = llhttp_should_keep_alive(http) != 0;
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    const std::string version = std::to_string(http->http_major) + "." + std::to_string(http->http_minor);
    if (request) {
      rec.record(trace::EventKind::HttpRequest, p->trace_id, rt.execution_id(), rec.str(method),
                 rec.str(p->url), rec.str(version), keep_alive);
    } else {
      rec.record(trace::EventKind::HttpResponse, p->trace_id, rt.execution_id(), http->status_code,
                 rec.str(p->status), rec.str(version), keep_alive);
    }
  }
  if (!push_callback(p, "onHeadersComplete")) return 0;
  duk_push_int(ctx, http->http_major);
  duk_push_int(ctx, http->http_minor);
  duk_push_array(ctx);
  for (size_t i = 0; i < p->headers.size(); ++i) {
    duk_push_lstring(ctx, p->headers[i].data(), p->headers[i].size());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  if (request) {
    duk_push_string(ctx, method);
    duk_push_lstring(ctx, p->url.data(), p->url.size());
    duk_push_undefined(ctx);
    duk_push_undefined(ctx);
  } else {
    duk_push_undefined(ctx);
    duk_push_undefined(ctx);
    duk_push_int(ctx, http->status_code);
    duk_push_lstring(ctx, p->status.data(), p->status.size());
  }
  duk_push_boolean(ctx, http->upgrade != 0);
  duk_push_boolean(ctx, keep_alive);
  p->headers.clear();  // what comes now are trailers
  duk_call_method(ctx, 9);
  const int ret = duk_is_number(ctx, -1) ? duk_get_int(ctx, -1) : duk_to_boolean(ctx, -1) ? 1 : 0;
  duk_pop(ctx);
  return ret == 1 ? 1 : ret == 2 ? 2 : 0;
}

int on_body(llhttp_t* http, const char* at, size_t len) {
  Parser* p = parser_of(http);
  p->body_bytes += static_cast<int64_t>(len);
  if (!push_callback(p, "onBody")) return 0;
  StreamWrap::push_buffer_copy(p->ctx, at, len);
  duk_call_method(p->ctx, 1);
  duk_pop(p->ctx);
  return 0;
}

int on_message_complete(llhttp_t* http) {
  Parser* p = parser_of(http);
  Runtime& rt = *p->rt;
  auto& rec = rt.recorder();
  if (rec.enabled()) {
    rec.record(trace::EventKind::HttpMessageEnd, p->trace_id, rt.execution_id(), p->body_bytes,
               http->type == HTTP_REQUEST);
  }
  if (p->in_value || !p->field.empty()) flush_header(p);
  if (!push_callback(p, "onMessageComplete")) return 0;
  // The trailers, if any: [field, value, ...]
  duk_context* ctx = p->ctx;
  duk_idx_t nargs = 0;
  if (!p->headers.empty()) {
    duk_push_array(ctx);
    for (size_t i = 0; i < p->headers.size(); ++i) {
      duk_push_lstring(ctx, p->headers[i].data(), p->headers[i].size());
      duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
    }
    p->headers.clear();
    nargs = 1;
  }
  duk_call_method(ctx, nargs);
  duk_pop(ctx);
  return 0;
}

Parser* parser_this(duk_context* ctx) {
  duk_push_this(ctx);
  duk_get_prop_literal(ctx, -1, kParserKey);
  auto* p = static_cast<Parser*>(duk_get_buffer(ctx, -1, nullptr));
  duk_pop_2(ctx);
  if (p == nullptr) (void) duk_error(ctx, DUK_ERR_TYPE_ERROR, "not an HTTPParser");
  return p;
}

void init_parser(Parser* p, llhttp_type_t type) {
  llhttp_settings_init(&p->settings);
  p->settings.on_message_begin = on_message_begin;
  p->settings.on_url = on_url;
  p->settings.on_status = on_status;
  p->settings.on_header_field = on_header_field;
  p->settings.on_header_value = on_header_value;
  p->settings.on_header_value_complete = on_header_value_complete;
  p->settings.on_headers_complete = on_headers_complete;
  p->settings.on_body = on_body;
  p->settings.on_message_complete = on_message_complete;
  llhttp_init(&p->http, type, &p->settings);
  p->http.data = p;
  on_message_begin(&p->http);
}

// The JS object's finalizer: the C++ members own heap memory.
duk_ret_t parser_finalize(duk_context* ctx) {
  duk_get_prop_literal(ctx, 0, kParserKey);
  auto* p = static_cast<Parser*>(duk_get_buffer(ctx, -1, nullptr));
  if (p != nullptr) {
    p->~Parser();
    new (p) Parser();  // empty again (a finalizer may run twice)
  }
  return 0;
}

duk_ret_t parser_new(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor HTTPParser cannot be invoked without 'new'");
  duk_push_this(ctx);
  // The parser's state lives in a plain buffer owned by the JS object: it
  // holds no JS values and needs no finalizer.
  auto* p = static_cast<Parser*>(duk_push_fixed_buffer(ctx, sizeof(Parser)));
  new (p) Parser();
  duk_put_prop_literal(ctx, -2, kParserKey);
  duk_push_c_function(ctx, parser_finalize, 1);
  duk_set_finalizer(ctx, -2);
  return 0;
}

// initialize(type, traceId)
duk_ret_t parser_initialize(duk_context* ctx) {
  Parser* p = parser_this(ctx);
  const int type = duk_get_int(ctx, 0);
  p->~Parser();
  new (p) Parser();
  p->rt = &Runtime::from(ctx);
  p->trace_id = static_cast<uint32_t>(duk_get_uint(ctx, 1));
  init_parser(p, type == HTTP_RESPONSE ? HTTP_RESPONSE : HTTP_REQUEST);
  return 0;
}

void push_parse_error(duk_context* ctx, Parser* p, llhttp_errno_t err, size_t parsed) {
  const char* reason = llhttp_get_error_reason(&p->http);
  const char* name = llhttp_errno_name(err);
  duk_push_error_object(ctx, DUK_ERR_ERROR, "Parse Error: %s", reason != nullptr ? reason : name);
  duk_push_string(ctx, name);
  duk_put_prop_literal(ctx, -2, "code");
  duk_push_number(ctx, static_cast<double>(parsed));
  duk_put_prop_literal(ctx, -2, "bytesParsed");
  duk_push_string(ctx, reason != nullptr ? reason : "");
  duk_put_prop_literal(ctx, -2, "reason");
}

// execute(buffer) -> bytes parsed, or an Error
duk_ret_t parser_execute(duk_context* ctx) {
  Parser* p = parser_this(ctx);
  if (p->rt == nullptr) return duk_error(ctx, DUK_ERR_ERROR, "HTTPParser: initialize() first");
  duk_size_t len = 0;
  const char* data = static_cast<const char*>(duk_require_buffer_data(ctx, 0, &len));
  duk_push_this(ctx);
  p->ctx = ctx;
  p->self_index = duk_get_top_index(ctx);
  const llhttp_errno_t err = llhttp_execute(&p->http, data, len);
  size_t parsed = len;
  if (err != HPE_OK) {
    parsed = p->http.error_pos != nullptr ? static_cast<size_t>(p->http.error_pos - data) : 0;
    if (err == HPE_PAUSED_UPGRADE) {
      llhttp_resume_after_upgrade(&p->http);
      duk_push_number(ctx, static_cast<double>(parsed));
      return 1;
    }
    push_parse_error(ctx, p, err, parsed);
    return 1;
  }
  duk_push_number(ctx, static_cast<double>(parsed));
  return 1;
}

// finish() -> undefined, or an Error
duk_ret_t parser_finish(duk_context* ctx) {
  Parser* p = parser_this(ctx);
  if (p->rt == nullptr) return 0;
  duk_push_this(ctx);
  p->ctx = ctx;
  p->self_index = duk_get_top_index(ctx);
  const llhttp_errno_t err = llhttp_finish(&p->http);
  if (err != HPE_OK) {
    push_parse_error(ctx, p, err, 0);
    return 1;
  }
  return 0;
}

duk_ret_t parser_close(duk_context*) { return 0; }

duk_ret_t parser_pause(duk_context* ctx) {
  Parser* p = parser_this(ctx);
  if (p->rt != nullptr) llhttp_pause(&p->http);
  return 0;
}

duk_ret_t parser_resume(duk_context* ctx) {
  Parser* p = parser_this(ctx);
  if (p->rt != nullptr) llhttp_resume(&p->http);
  return 0;
}

const duk_function_list_entry kParserMethods[] = {
    {"initialize", parser_initialize, 2},
    {"execute", parser_execute, 1},
    {"finish", parser_finish, 0},
    {"close", parser_close, 0},
    {"free", parser_close, 0},
    {"pause", parser_pause, 0},
    {"resume", parser_resume, 0},
    {nullptr, nullptr, 0},
};

}  // namespace

void init_http_parser_binding(duk_context* ctx) {
  duk_push_object(ctx);
  duk_push_c_function(ctx, parser_new, 0);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "HTTPParser");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kParserMethods);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, "constructor");
  duk_put_prop_literal(ctx, -2, "prototype");
  duk_push_int(ctx, HTTP_REQUEST);
  duk_put_prop_literal(ctx, -2, "REQUEST");
  duk_push_int(ctx, HTTP_RESPONSE);
  duk_put_prop_literal(ctx, -2, "RESPONSE");
  duk_put_prop_literal(ctx, -2, "HTTPParser");
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
#define TS_METHOD(num, name, string) \
  duk_push_literal(ctx, #string);    \
  duk_put_prop_index(ctx, -2, i++);
  HTTP_METHOD_MAP(TS_METHOD)
#undef TS_METHOD
  duk_put_prop_literal(ctx, -2, "methods");
}

}  // namespace ts
