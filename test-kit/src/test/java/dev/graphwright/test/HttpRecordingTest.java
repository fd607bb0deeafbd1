package dev.graphwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpRecordingTest {

  private static final String SENTINEL = "s3ntinel-Pa55word-7d1e";
  private static final String BASIC = "Basic "
      + Base64.getEncoder()
          .encodeToString(("api-user:" + SENTINEL).getBytes(StandardCharsets.UTF_8));

  @TempDir
  Path dir;

  @Test
  void recordsOnceReplaysOfflineAndNeverSavesACredential() throws Exception {
    var api = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    api.start();
    api.stubFor(get(urlPathEqualTo("/users"))
        .withHeader("Authorization", WireMock.equalTo(BASIC))
        .willReturn(aResponse()
            .withHeader("Content-Type", "application/json")
            .withHeader("Set-Cookie", "session=" + SENTINEL)
            .withBody("{\"users\":[{\"id\":1,\"echo\":\"" + SENTINEL + "\"}]}")));
    try (var recording = HttpRecording.record(dir, api.baseUrl(), SENTINEL)) {
      var live = call(recording.baseUrl() + "/users?page=1");
      assertEquals(200, live.statusCode());
      assertTrue(live.body().contains(SENTINEL), "the live answer is passed through untouched");
    } finally {
      api.stop();
    }

    try (var files = Files.walk(dir)) {
      var saved = files.filter(Files::isRegularFile).toList();
      assertFalse(saved.isEmpty());
      for (var file : saved) {
        var text = Files.readString(file);
        assertFalse(text.contains(SENTINEL), file + " holds the secret");
        assertFalse(text.contains(BASIC.substring(6)), file + " holds the Basic credentials");
        assertFalse(text.toLowerCase().contains("set-cookie"), file + " holds a cookie");
        assertFalse(text.toLowerCase().contains("authorization"), file + " holds an auth header");
      }
    }

    try (var replay = HttpRecording.replay(dir)) {
      var offline = call(replay.baseUrl() + "/users?page=1");
      assertEquals(200, offline.statusCode(), "served with the API stopped");
      assertTrue(offline.body().contains("\"id\":1"));
      assertTrue(offline.body().contains(HttpRecording.REDACTED));
      assertEquals(404, call(replay.baseUrl() + "/never-recorded").statusCode());
    }
  }

  private static HttpResponse<String> call(String url) throws Exception {
    try (var client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(URI.create(url)).header("Authorization", BASIC).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
