import { isIPv4, isIPv6 } from "node:net";

// The client address that sign-in throttling counts by. `X-Forwarded-For` is written by whoever
// sends the request, so it is believed only as far as the deployment says proxies of its own
// append to it (TRUSTED_PROXY_HOPS); without that setting it is ignored and the socket's peer is
// the client. Each trusted proxy appends the address it received the request from, so with N hops
// the client is the Nth entry from the right: anything left of it was written by the client.

export type ClientConnection = {
  /** The socket's peer address (`request.socket.remoteAddress`). */
  socketAddress?: string;
  /** The raw `X-Forwarded-For` header(s), joined with commas. */
  forwardedFor?: string;
};

/** The address to count attempts by, normalised (clientKey), or undefined when none is known. */
export function resolveClientAddress(connection: ClientConnection, trustedProxyHops: number): string | undefined {
  if (trustedProxyHops > 0 && connection.forwardedFor) {
    const hops = connection.forwardedFor.split(",").map((entry) => entry.trim()).filter(Boolean);
    // Fewer entries than trusted proxies: the first proxy got no header, so the leftmost is the client.
    const entry = hops[Math.max(0, hops.length - trustedProxyHops)];
    const forwarded = entry === undefined ? undefined : clientKey(entry);
    if (forwarded) return forwarded;
  }
  return connection.socketAddress === undefined ? undefined : clientKey(connection.socketAddress);
}

/**
 * The stored form of an address: IPv4 as is (IPv4-mapped IPv6 too), IPv6 cut to its /64 network,
 * since one host commonly holds a whole /64 and could otherwise guess from a fresh address each
 * time. It is also all that is needed. Anything that is not an IP address gives undefined.
 */
export function clientKey(raw: string): string | undefined {
  const address = raw.trim().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return undefined;
  const groups = expandIPv6(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address (with `::` and a trailing dotted IPv4 part resolved). */
function expandIPv6(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}
