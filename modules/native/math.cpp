// internalBinding('math'): the ES2015 Math functions Duktape 2.7 lacks
// (expm1, log1p and the hyperbolic ones), from the C library, for
// modules/lib/internal/es/math.js. Written in JS they lose the last bits
// that glibc's, like V8's fdlibm port, gets right, and console.log shows
// all 17 digits.
#include <cmath>

#include "binding.hpp"

namespace ts {
namespace {

template <double (*F)(double)>
duk_ret_t unary(duk_context* ctx) {
  duk_push_number(ctx, F(duk_to_number(ctx, 0)));
  return 1;
}

double expm1_(double x) { return std::expm1(x); }
double log1p_(double x) { return std::log1p(x); }
double sinh_(double x) { return std::sinh(x); }
double cosh_(double x) { return std::cosh(x); }
double tanh_(double x) { return std::tanh(x); }
double asinh_(double x) { return std::asinh(x); }
double acosh_(double x) { return std::acosh(x); }
double atanh_(double x) { return std::atanh(x); }

const duk_function_list_entry kFunctions[] = {
    {"expm1", unary<expm1_>, 1}, {"log1p", unary<log1p_>, 1}, {"sinh", unary<sinh_>, 1},
    {"cosh", unary<cosh_>, 1},   {"tanh", unary<tanh_>, 1},   {"asinh", unary<asinh_>, 1},
    {"acosh", unary<acosh_>, 1}, {"atanh", unary<atanh_>, 1}, {nullptr, nullptr, 0},
};

}  // namespace

void init_math_binding(duk_context* ctx) {
  duk_push_object(ctx);
  put_function_list(ctx, -1, kFunctions);
}

}  // namespace ts
