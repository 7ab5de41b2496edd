// IPv6 hosts ('[...]'): the URL Standard's IPv6 parser (hex pieces, '::'
// compression, an IPv4 tail) and its serializer (lower-case hex, leading
// zeros dropped, the first longest run of two or more zero pieces as '::').
function host(input) {
  var out;
  try {
    var u = new URL(input);
    out = u.host + ' hostname=' + u.hostname + ' href=' + u.href;
  } catch (err) {
    out = 'fails';
  }
  console.log(JSON.stringify(input) + ' -> ' + out);
}
['::', '::1', '1::', '::1:2', '1:2::', '0:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1', '1:0:0:0:0:0:0:0',
  '1:0:0:2:0:0:0:3', '1:0:0:0:2:0:0:3', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
  '1:0:2:0:3:0:4:0', 'ABCD:EF01:2345:6789:abcd:ef01:2345:6789', '0001:0002:0000:0000:0000:0000:0000:0003',
  'fe80::1%25eth0', '::ffff:1.2.3.4', '::ffff:192.168.0.1', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4',
  '1:2:3:4:5:6:7:1.2.3.4', '::1.2.3', '::1.2.3.4.5', '::1.2.3.256', '::01.2.3.4', '::1.2.3.04',
  '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1::', '1:::2', '::1::', '12345::', 'g::', '1::2::3', '[::1]',
  ' ::1', '', ':', '::%31', '0:0::0:0:0:0:0', '::0:0', '0:0:0:0:0:0:0::'].forEach(function (a) {
  host('http://[' + a + ']/');
});
host('http://[::1]:8080/x');
host('http://[::1]:80/');
host('sc://[::1]/');
host('sc://[1:2::3]:99/');
host('file://[::1]/x');
host('http://user:pw@[2001:db8::7]:443/');
