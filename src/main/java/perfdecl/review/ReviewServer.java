package perfdecl.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import perfdecl.pipeline.review.ReviewFolder;
import perfdecl.pipeline.review.ReviewRefusal;

/**
 * Serves one folder's review on 127.0.0.1 only: the page, the queue, the crops, and saving. Every request must
 * name this server by its loopback address (a page elsewhere cannot reach it through DNS rebinding); every request
 * that changes state carries the session's token, which only the page served here knows; bodies are bounded; no
 * file is served by path — crops are looked up by form id and field in what the folder declares.
 */
public final class ReviewServer implements AutoCloseable {

    /** The largest request body taken, in bytes. */
    public static final int MAX_BODY = 64 * 1024;
    public static final String TOKEN_HEADER = "X-Review-Token";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReviewFolder folder;
    private final String token = random(32);
    private final String page;
    private final Javalin app;

    private ReviewServer(ReviewFolder folder) {
        this.folder = folder;
        this.page = resource("review.html");
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY;
        });
        app.before(this::guard);
        app.get("/", this::page);
        app.get("/api/queue", ctx -> json(ctx, folder.queue()));
        app.get("/api/crop", this::crop);
        app.post("/api/save", this::save);
        app.exception(ReviewRefusal.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, 400, "not a valid request: "
                + e.getOriginalMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "server error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                error(ctx, 404, "not found");
            }
        });
    }

    /** Starts serving {@code folder} on 127.0.0.1:{@code port} (0: any free port). */
    public static ReviewServer start(ReviewFolder folder, int port) {
        ReviewServer s = new ReviewServer(folder);
        s.app.start("127.0.0.1", port);
        return s;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The session token (for tests that play the page). */
    public String token() {
        return token;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void guard(Context ctx) throws ReviewRefusal {
        String host = ctx.header("Host");
        Set<String> ours = Set.of("127.0.0.1:" + port(), "localhost:" + port());
        if (host == null || !ours.contains(host)) {
            throw new ReviewRefusal(403, "this server answers only to 127.0.0.1:" + port());
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            String given = ctx.header(TOKEN_HEADER);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8))) {
                throw new ReviewRefusal(403, "missing or wrong session token");
            }
            String length = ctx.header("Content-Length");
            if (length != null && length.length() < 12 && Long.parseLong(length.strip()) > MAX_BODY) {
                throw new ReviewRefusal(413, "request body larger than " + MAX_BODY + " bytes");
            }
        }
    }

    private void page(Context ctx) {
        String nonce = random(16);
        ctx.header("Content-Security-Policy", "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-"
                + nonce + "'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
                + "frame-ancestors 'none'");
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page.replace("{{TOKEN}}", token).replace("{{NONCE}}", nonce));
    }

    private void crop(Context ctx) throws ReviewRefusal, IOException {
        byte[] png = folder.crop(ctx.queryParam("id"), ctx.queryParam("field"));
        ctx.contentType("image/png");
        ctx.result(png);
    }

    private void save(Context ctx) throws ReviewRefusal, IOException {
        String type = ctx.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ReviewRefusal(415, "send application/json");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ReviewRefusal(413, "request body larger than " + MAX_BODY + " bytes");
        }
        ReviewFolder.Save request = JSON.readValue(body, ReviewFolder.Save.class);
        json(ctx, folder.save(request));
    }

    private static void json(Context ctx, Object value) throws JsonProcessingException {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(JSON.writeValueAsString(value));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(JSON.writeValueAsString(Map.of("error", message == null ? "refused" : message)));
        } catch (JsonProcessingException e) {
            ctx.result("{\"error\":\"refused\"}");
        }
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String resource(String name) {
        try (InputStream in = ReviewServer.class.getResourceAsStream("/perfdecl/review/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
