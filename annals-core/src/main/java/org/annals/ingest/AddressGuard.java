package org.annals.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The SSRF guard: which addresses count as internal. Checked after DNS resolution, for every
 * address a name resolves to, and again on every redirect.
 */
final class AddressGuard {
  private AddressGuard() {}

  /** Resolves {@code host} and throws naming it when any of its addresses is internal. */
  static void requirePublic(String url, String host) throws InputException {
    InetAddress[] all;
    try {
      all = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new InputException(url, "the host '" + host + "' does not resolve; check the URL", e);
    }
    for (InetAddress a : all) {
      if (isInternal(a)) {
        throw new InputException(
            url,
            "refused: "
                + host
                + " resolves to the internal address "
                + a.getHostAddress()
                + " (loopback, private or link-local); pass --allow-private to fetch it anyway");
      }
    }
  }

  /** True for loopback, unspecified, private, link-local, CGNAT, multicast, reserved and ULA. */
  static boolean isInternal(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return isInternalV4(b, 0);
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true;
      }
      boolean v4mapped = true;
      for (int i = 0; i < 10; i++) {
        v4mapped &= b[i] == 0;
      }
      if (v4mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return isInternalV4(b, 12) || (b[12] == 127) || (b[12] & 0xff) == 10;
      }
      boolean nat64 =
          (b[0] & 0xff) == 0
              && (b[1] & 0xff) == 0x64
              && (b[2] & 0xff) == 0xff
              && (b[3] & 0xff) == 0x9b;
      return nat64 && isInternalV4(b, 12);
    }
    return false;
  }

  private static boolean isInternalV4(byte[] b, int o) {
    int x = b[o] & 0xff;
    int y = b[o + 1] & 0xff;
    return x == 0
        || x == 10
        || x == 127
        || x >= 224
        || x == 100 && y >= 64 && y <= 127
        || x == 169 && y == 254
        || x == 172 && y >= 16 && y <= 31
        || x == 192 && y == 168
        || x == 192 && y == 0 && (b[o + 2] & 0xff) == 0
        || x == 198 && (y == 18 || y == 19);
  }
}
