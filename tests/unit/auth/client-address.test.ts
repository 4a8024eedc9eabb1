import { describe, expect, it } from "vitest";
import { clientKey, resolveClientAddress } from "@/lib/auth/client-address";
import { parseEnv } from "@/lib/env";

describe("resolveClientAddress", () => {
  const viaProxy = { socketAddress: "10.0.0.5", forwardedFor: "198.51.100.7, 203.0.113.9" };

  it("ignores X-Forwarded-For without a trusted proxy: anyone can write it", () => {
    expect(resolveClientAddress(viaProxy, 0)).toBe("10.0.0.5");
    expect(resolveClientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "203.0.113.9" }, 0)).toBe("127.0.0.1");
  });

  it("with N trusted proxies, takes the Nth entry from the right; what the client wrote to its left is ignored", () => {
    expect(resolveClientAddress(viaProxy, 1)).toBe("203.0.113.9");
    expect(resolveClientAddress(viaProxy, 2)).toBe("198.51.100.7");
    // Fewer entries than proxies: the leftmost.
    expect(resolveClientAddress(viaProxy, 5)).toBe("198.51.100.7");
  });

  it("falls back to the socket when the trusted entry is missing or not an address", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.5" }, 1)).toBe("10.0.0.5");
    expect(resolveClientAddress({ socketAddress: "10.0.0.5", forwardedFor: "198.51.100.7, not-an-ip" }, 1)).toBe("10.0.0.5");
    expect(resolveClientAddress({ socketAddress: "10.0.0.5", forwardedFor: " , " }, 1)).toBe("10.0.0.5");
    expect(resolveClientAddress({}, 1)).toBeUndefined();
  });
});

describe("clientKey", () => {
  it("keeps IPv4 as is and unwraps IPv4-mapped IPv6", () => {
    expect(clientKey("203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(clientKey("::FFFF:cb00:7109")).toBe("203.0.113.9");
  });

  it("cuts IPv6 to its /64, in one spelling", () => {
    expect(clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:0DB8:0001:0002::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("[2001:db8:1:2::1]")).toBe("2001:db8:1:2::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    for (const raw of ["", "unknown", "203.0.113.256", "1.2.3.4:80", "evil\u0000", "2001:db8::1::2"]) expect(clientKey(raw), raw).toBeUndefined();
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to no trusted proxy and refuses what is not a small whole number", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "" }).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => parseEnv({ TRUSTED_PROXY_HOPS: bad }), bad).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
