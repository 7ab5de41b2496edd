// networkInterfaces() and userInfo(): shapes and invariants only.
var os = require('os');
var ifaces = os.networkInterfaces();
var names = Object.keys(ifaces);
console.log('has loopback:', names.indexOf('lo') !== -1);
var ok = true;
var seenFamilies = {};
names.forEach(function (name) {
  ifaces[name].forEach(function (a) {
    seenFamilies[a.family] = true;
    var keys = Object.keys(a).join(',');
    var expected = a.family === 'IPv6' ? 'address,netmask,family,mac,internal,cidr,scopeid' :
      'address,netmask,family,mac,internal,cidr';
    if (keys !== expected) { ok = false; console.log('bad keys', keys); }
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac)) { ok = false; console.log('bad mac', a.mac); }
    if (typeof a.internal !== 'boolean') ok = false;
    if (a.cidr !== null && a.cidr.indexOf(a.address + '/') !== 0) { ok = false; console.log('bad cidr', a.cidr); }
  });
});
console.log('entries well formed:', ok, 'IPv4 present:', !!seenFamilies.IPv4);
var lo = (ifaces.lo || []).filter(function (a) { return a.family === 'IPv4'; })[0];
if (lo) console.log('lo:', lo.address, lo.netmask, lo.cidr, lo.internal, lo.mac);
var u = os.userInfo();
console.log('userInfo keys:', Object.keys(u).join(','), 'proto null:', Object.getPrototypeOf(u) === null);
console.log('types:', typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
console.log('homedir absolute:', u.homedir.charAt(0) === '/');
var b = os.userInfo({ encoding: 'buffer' });
console.log('buffer encoding:', Buffer.isBuffer(b.username), b.username.toString() === u.username);
