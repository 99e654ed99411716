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

const parsed = new Map<string, Address | null>();

function parseAddress(text: string): Address | null {
  let address = parsed.get(text);
  if (address !== undefined) return address;
  const v4 = parseV4(text);
  const v6 = v4 === null ? parseV6(text) : null;
  address = v4 !== null ? { bits: 32, value: v4 } : v6 !== null ? { bits: 128, value: v6 } : null;
  if (parsed.size > 1000) parsed.clear();
  parsed.set(text, address);
  return address;
}

/** True when `ip` lies in `cidr` (`203.0.113.0/24`, `2001:DB8:1234:5678::/64`, or a single address). */
const blocks = new Map<string, { network: Address; shift: bigint } | null>();

function block(cidr: string): { network: Address; shift: bigint } | null {
  let found = blocks.get(cidr);
  if (found !== undefined) return found;
  const [base = '', prefixText] = cidr.trim().split('/');
  const network = parseAddress(base);
  const prefix = network && (prefixText === undefined ? network.bits : Number(prefixText));
  found =
    network && prefix !== null && Number.isInteger(prefix) && prefix >= 0 && prefix <= network.bits
      ? { network, shift: BigInt(network.bits - prefix) }
      : null;
  if (blocks.size > 1000) blocks.clear();
  blocks.set(cidr, found);
  return found;
}

export function ipInCidr(ip: string, cidr: string): boolean {
  const range = block(cidr);
  const address = parseAddress(ip.trim());
  if (!range || !address || range.network.bits !== address.bits) return false;
  return range.network.value >> range.shift === address.value >> range.shift;
}
