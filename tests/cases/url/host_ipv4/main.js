// IPv4 hosts of special URLs: a domain whose last label is a number is
// parsed as an address, in every form the URL Standard accepts (decimal,
// 0x hex, leading-0 octal, 1 to 4 parts, a trailing dot) and serialized as
// four decimal octets; parts out of range fail. Non-special URLs keep such
// hosts as they are.
function host(input) {
  var out;
  try {
    out = new URL(input).host;
  } catch (err) {
    out = 'fails';
  }
  console.log(JSON.stringify(input) + ' -> ' + out);
}
['127.0.0.1', '127.1', '127.0.1', '2130706433', '0x7f000001', '0x7F.1', '0177.0.0.1', '0177.1',
  '017700000001', '0x7f.0x00.0x00.0x01', '00000127.0.0.1', '127.0.0.1.', '127.0.0.1..', '.127.0.0.1',
  '0', '0x', '0x.0x.0', '00', '0.0.0.0', '255.255.255.255', '4294967295', '4294967296', '0xffffffff',
  '0x100000000', '256.0.0.1', '1.256.0.1', '1.2.3.256', '1.2.65535', '1.2.65536', '1.16777215',
  '1.16777216', '1.2.3.4.5', '1.2.3.08', '1.2.3.09a', '1.2.3.0x1g', '08', '0x1g', '1.2.3.4x',
  'a.1', 'a.0x1', 'a.1a', '1a.2', '999999999999999999999', '0x0000000000000000000001',
  '%31%32%37.0.0.1', '\uff11\uff12\uff17.0.0.1', '1.2.3.4:80', '1.2.3.4:0x50'].forEach(function (h) {
  host('http://' + h + '/');
});
['sc://127.1/', 'sc://0x7f.1/', 'file://127.1/x', 'file://0x7f.1/x', 'ws://0x7f.1:80/'].forEach(host);
