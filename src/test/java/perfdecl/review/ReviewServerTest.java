package perfdecl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import perfdecl.corrections.CorrectionLog;
import perfdecl.fixtures.Fixtures;
import perfdecl.model.Correction;
import perfdecl.pipeline.batch.BatchExtraction;
import perfdecl.pipeline.process.Isolation;
import perfdecl.pipeline.batch.ProgressListener;
import perfdecl.pipeline.review.ReviewFolder;

/** Hostile requests are refused with a clear status and write nothing; a save is on disk before its 200. */
class ReviewServerTest {

    @TempDir
    static Path out;

    private static ReviewServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String id0;

    @BeforeAll
    static void extractAndServe() throws Exception {
        new BatchExtraction().run(List.of(Fixtures.input("ocr-own-two-forms-2021")),
                new BatchExtraction.Options(out, 1, false, Isolation.IN_PROCESS, Duration.ofSeconds(30), "1g", false),
                ProgressListener.NONE);
        ReviewFolder folder = ReviewFolder.open(out, List.of(), "li");
        id0 = folder.queue().forms().get(0).id();
        server = ReviewServer.start(folder, 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + "api/save"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header(ReviewServer.TOKEN_HEADER, token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Path log() {
        return out.resolve(CorrectionLog.FILE_NAME);
    }

    private static String correction(String field, String after) {
        return "{\"id\":\"" + id0 + "\",\"kind\":\"correct\",\"changes\":[{\"field\":\"" + field + "\",\"after\":\""
                + after + "\"}]}";
    }

    private static void assertNothingWritten() throws Exception {
        List<Correction> saved = new CorrectionLog(log()).replay().corrections();
        assertThat(saved).noneMatch(c -> "budget.items[3].amount".equals(c.field()) && !"310000".equals(
                String.valueOf(c.after())));
    }

    @Test
    void thePageCarriesTheTokenAndForbidsInlineCodeOfOthers() throws Exception {
        HttpResponse<String> page = get("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<meta name=\"review-token\" content=\"" + server.token() + "\">");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'").contains("script-src 'nonce-");
        assertThat(page.body()).doesNotContain("innerHTML");
    }

    @Test
    void aSaveWithoutOrWithAWrongTokenIsForbidden() throws Exception {
        assertThat(post(null, correction("budget.items[3].amount", "1")).statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = post("0".repeat(64), correction("budget.items[3].amount", "1"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("session token");
        assertNothingWritten();
    }

    @Test
    void anOversizedBodyIsRefused() throws Exception {
        HttpResponse<String> big = post(server.token(), correction("texts.remarks", "x".repeat(70_000)));

        assertThat(big.statusCode()).isEqualTo(413);
        assertNothingWritten();
    }

    @Test
    void badValuesAreRefusedWithTheirReason() throws Exception {
        HttpResponse<String> amount = post(server.token(), correction("budget.items[3].amount", "26OOOO"));
        assertThat(amount.statusCode()).isEqualTo(400);
        assertThat(amount.body()).contains("the amount does not parse");

        String choice = "{\"id\":\"" + id0 + "\",\"kind\":\"correct\",\"changes\":[{\"field\":\"projectType\","
                + "\"after\":\"not an option\"}]}";
        assertThat(post(server.token(), choice).body()).contains("is not an option of projectType");
        assertThat(post(server.token(), "{\"id\":\"nope-0\",\"kind\":\"correct\",\"changes\":[]}").statusCode())
                .isEqualTo(404);
        assertThat(post(server.token(), "{not json").statusCode()).isEqualTo(400);
        assertNothingWritten();
    }

    @Test
    void nothingOutsideTheFolderIsServed() throws Exception {
        // Jetty itself refuses an encoded path that climbs (400 Ambiguous URI)
        HttpResponse<String> climb = get("..%2F..%2Fetc%2Fpasswd");
        assertThat(climb.statusCode()).isIn(400, 404);
        assertThat(climb.body()).doesNotContain("root:");
        assertThat(get("api/crop?id=..%2F..%2Fetc%2Fpasswd&field=budget.total").statusCode()).isEqualTo(404);
        assertThat(get("json/" + id0 + ".json").statusCode()).isEqualTo(404);
        assertThat(get("corrections.jsonl").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET /api/queue HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void aSavedCorrectionIsOnDiskWhenTheResponseArrives() throws Exception {
        HttpResponse<String> ok = post(server.token(), correction("budget.items[3].amount", "310,000"));

        List<String> lines = Files.readAllLines(log());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"field\":\"budget.items[3].amount\"")
                .contains("\"before\":260000,\"after\":310000,\"reviewer\":\"li\""));
        assertThat(ok.body()).contains("\"key\":\"" + id0 + "|budget.items\"");
    }
}
