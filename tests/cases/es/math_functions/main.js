// Math functions Duktape lacks: fround, expm1, log1p and the hyperbolic
// ones, including their special values.
var xs = [0, -0, 1, -1, 0.5, 1e-10, 2, 10, -10, 100, Infinity, -Infinity, NaN];
['fround', 'expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].forEach(function (name) {
  console.log(name, xs.map(function (x) {
    var r = Math[name](x);
    return Object.is(r, -0) ? '-0' : String(r);
  }).join(' '));
});
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(Math.pow(2, 128)));
