package dev.graphwright.qualys.sim.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlOutTest {

  @Test
  void charactersOutsideTheBmpAreFourByteUtf8InTextAndCdata() throws CharacterCodingException {
    var text = "host 😀 é ü 中 𝄞 <&>";
    var out = new XmlOut().leaf("T", text).leafCdata("C", text);
    assertEquals(
        "<T>host 😀 é ü 中 𝄞 &lt;&amp;&gt;</T>\n<C><![CDATA[" + text + "]]></C>\n",
        strictUtf8(out));
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacter() throws CharacterCodingException {
    var out = new XmlOut().leaf("T", "a\uD83Db");
    assertEquals("<T>a\uFFFDb</T>\n", strictUtf8(out));
  }

  private static String strictUtf8(XmlOut out) throws CharacterCodingException {
    var bytes = new byte[out.available()];
    out.drain(bytes, 0, bytes.length);
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
