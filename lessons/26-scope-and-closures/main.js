// Lesson 26: scopes, closures, and when memory can be freed. A function's
// local variables are freed when it returns, unless a closure still refers
// to them. Variable lookups walk the scope chain outwards and stop at the
// first match. Globals live until they are deleted (or set to something
// else).

// A closure keeps its outer function's variables alive after it returned.
function parent() {
  var count = 0;  // freed when parent() returns? Not while children exists.
  return function children() {
    count++;
    console.log('count is ' + count);
  };
}
var children = parent();
children();
children();

// Lookups stop at the nearest scope that has the name.
function foo() {
  var local = 'local var (foo)';
  function bar() {
    var local = 'another var (bar)';
    function baz() {
      console.log('baz sees: ' + local);  // bar's `local`, the nearest
    }
    baz();
  }
  bar();
}
foo();

// A variable declared in an inner function is gone once it returned: the
// outer function cannot see it.
function foo2() {
  (function () {
    var inner = 'only in here';
  }());
  console.log(inner);
}
try {
  foo2();
} catch (e) {
  console.log('foo2 failed with ' + e.name);
}

// Globals stay alive as long as the process, until you release them.
global.cacheBlob = 'I am a global object';
console.log(global.cacheBlob);
global.cacheBlob = undefined;  // the value can be collected, the name stays
console.log('after = undefined: ' + global.cacheBlob + ', name still there: ' +
            ('cacheBlob' in global));
delete global.cacheBlob;       // the name goes too
console.log('after delete: name still there: ' + ('cacheBlob' in global));
