// IPv4 and IPv6 addresses and CIDR blocks, for the IpAddress / NotIpAddress condition operators (aws:SourceIp).

interface Address {
  bits: 32 | 128;
  value: bigint;
}

function parseV4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseV6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || text.split('::').length > 2) return null;
  const [head = '', tail] = text.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const words: number[] = [];
  const push = (list: string[]): boolean => {
    for (const group of list) {
      if (group.includes('.')) {
        const v4 = parseV4(group);
        if (v4 === null) return false;
        words.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return false;
        words.push(parseInt(group, 16));
      }
    }
    return true;
  };
  if (!push(left)) return null;
  const leftCount = words.length;
  if (!push(right)) return null;
  const missing = 8 - words.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  const full = [
    ...words.slice(0, leftCount),
    ...new Array<number>(missing).fill(0),
    ...words.slice(leftCount),
  ];
  return full.reduce((acc, w) => (acc << 16n) | BigInt(w), 0n);
}

function parseAddress(text: string): Address | null {
  const v4 = parseV4(text);
  if (v4 !== null) return { bits: 32, value: v4 };
  const v6 = parseV6(text);
  return v6 === null ? null : { bits: 128, value: v6 };
}

/** True when `ip` lies in `cidr` (`203.0.113.0/24`, `2001:DB8:1234:5678::/64`, or a single address). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [base = '', prefixText] = cidr.trim().split('/');
  const network = parseAddress(base);
  const address = parseAddress(ip.trim());
  if (!network || !address || network.bits !== address.bits) return false;
  const prefix = prefixText === undefined ? network.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > network.bits) return false;
  const shift = BigInt(network.bits - prefix);
  return network.value >> shift === address.value >> shift;
}
