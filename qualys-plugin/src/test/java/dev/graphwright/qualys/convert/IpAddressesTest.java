package dev.graphwright.qualys.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses count as public (the seed's Host mapping matches on publicIpAddress). */
class IpAddressesTest {

  @ParameterizedTest(name = "{0} is public: {1}")
  @CsvSource({
    "54.210.3.9,            true",
    "8.8.8.8,               true",
    "100.63.255.255,        true",
    "100.128.0.1,           true",
    "10.0.0.1,              false",
    "172.16.4.5,            false",
    "172.31.255.254,        false",
    "192.168.1.20,          false",
    "100.64.0.1,            false",
    "100.127.255.254,       false",
    "169.254.169.254,       false",
    "127.0.0.1,             false",
    "0.0.0.0,               false",
    "224.0.0.251,           false",
    "240.0.0.1,             false",
    "192.0.2.10,            false",
    "2a00:1450:4007:812::200e, true",
    "fd12:3456:789a::10,    false",
    "fc00::1,               false",
    "fe80::1ff:fe23:4567:890a, false",
    "::1,                   false"
  })
  void classifiesAddressLiterals(String address, boolean isPublic) {
    assertEquals(isPublic, IpAddresses.isPublic(address));
    assertEquals(true, IpAddresses.isAddress(address));
  }

  @ParameterizedTest(name = "''{0}'' is no address")
  @NullAndEmptySource
  @ValueSource(strings = {"web-01.example.test", "10.0.0.256", "12345", "not:an:address:zz"})
  void namesAndMalformedLiteralsAreNeitherPublicNorAddresses(String text) {
    assertFalse(IpAddresses.isPublic(text));
    assertFalse(IpAddresses.isAddress(text));
  }
}
