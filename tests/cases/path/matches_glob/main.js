// path.matchesGlob (experimental in Node 20): wildcards, '**', classes,
// braces, hidden names, trailing slashes, both flavours.
var path = require('path');
var cases = [['/foo/bar', '/foo/*'], ['/foo/bar/baz', '/foo/*'], ['/foo/bar/baz', '/foo/**'], ['/foo', '/foo/**'], ['a.js', '*.js'], ['.a.js', '*.js'], ['x/.a.js', 'x/**/*.js'],
 ['x/y/z/a.js', 'x/**/*.js'], ['x/a.js', 'x/**/*.js'], ['abc', 'a?c'], ['a/c', 'a?c'], ['abc', 'a[bx]c'], ['abc', 'a[!b]c'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'],
 ['foo/.git/x', 'foo/**/x'], ['foo/./x', 'foo/*/x'], ['a/b', 'a/b/'], ['a/b/', 'a/b'], ['a\\*', 'a\\*'], ['a*', 'a\\*'], ['', ''], ['a', ''], ['ABC', 'abc'], ['a/b', '**'], ['.x', '**'], ['a/b', '*/b'],
 ['C:\\foo\\bar', 'C:\\foo\\*'], ['C:\\foo\\bar', 'C:/foo/*'], ['a{b', 'a{b'], ['a[b', 'a[b'], ['!a', '!a'], ['#a', '#a'], ['a/../b', 'a/../b'], ['a/../b', 'a/*/b']];
cases.forEach(function (c) { console.log(JSON.stringify(c), path.posix.matchesGlob(c[0], c[1]), path.win32.matchesGlob(c[0], c[1])); });
try { path.matchesGlob(1, 'a'); } catch (e) { console.log(e.message); }
cases = [['a','a/**'],['a/','a/**'],['a/b','a/**/b'],['a/.b/c','a/**'],['a/b','**/b'],['b','**/b'],['.a/b','**/b'],['a','*'],['.','*'],['..','.*'],['.a','.*'],['a/b/c','a/**/**/c'],['x','{x,y}'],['x2','x{1..3}'],['b','[a-c]'],['-','[a-]'],[']','[]]'],['/a','*'],['/a','/*'],['a//b','a/*/b'],['a//b','a//b'],['a/b','a/*/'],['a/.','a/*'],['a/..','a/**'],['x/y','x/y/**'],['x/y/','x/y/**'],['a.b','a.*'],['a','a*'],['.ab','.a*'],['ab','{a,b}{b,c}'],['{a,b}','{a,b}'],['a','{a}'],['a,b','{a,b}'],['a','[[:alpha:]]'],['1','[[:alpha:]]'],['ab','a*?'],['a','a*?'],['a/b/c','a/**c'],['abc','a**c'],['a/b','a**'],['a\\b','a\\b']];
cases.forEach(function (c) { console.log(JSON.stringify(c), path.posix.matchesGlob(c[0], c[1]), path.win32.matchesGlob(c[0], c[1])); });
