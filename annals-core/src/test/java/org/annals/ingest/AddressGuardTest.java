package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.255.254",
        "127.1",
        "0.0.0.0",
        "10.0.0.1",
        "10.255.255.255",
        "169.254.169.254",
        "192.168.0.1",
        "192.168.255.255",
        "172.16.0.1",
        "172.31.255.255",
        "100.64.0.1",
        "100.127.255.255",
        "192.0.0.8",
        "198.18.0.1",
        "198.19.255.255",
        "224.0.0.1",
        "239.255.255.250",
        "255.255.255.255",
        "::1",
        "::",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe"
      })
  void isInternal_loopbackPrivateLinkLocalAndReserved_isTrue(String address)
      throws UnknownHostException {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).as(address).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "1.1.1.1",
        "172.15.255.255",
        "172.32.0.1",
        "100.63.255.255",
        "100.128.0.1",
        "192.169.0.1",
        "169.253.0.1",
        "11.0.0.1",
        "198.20.0.1",
        "223.255.255.255",
        "2606:4700:4700::1111",
        "2001:4860:4860::8888",
        "::ffff:93.184.216.34",
        "64:ff9b::5db8:d822"
      })
  void isInternal_publicAddresses_isFalse(String address) throws UnknownHostException {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).as(address).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "[::1]", "169.254.169.254"})
  void requirePublic_internalLiteral_throwsNamingTheUrlAndTheFix(String host) {
    String url = "http://" + host + "/latest/meta-data/";
    assertThatThrownBy(() -> AddressGuard.requirePublic(url, host))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(url + ": refused: " + host + " resolves to the internal address ")
        .hasMessageEndingWith(
            " (loopback, private or link-local); pass --allow-private to fetch it anyway");
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "[2606:4700:4700::1111]"})
  void requirePublic_publicLiteral_passes(String host) throws InputException {
    AddressGuard.requirePublic("http://" + host + "/", host);
  }
}
