package org.tonle.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tonle.SecretFiles;
import org.tonle.TonleSettings;
import org.tonle.ops.GracefulShutdown;

/**
 * What an operator, and the planned console's buttons, can ask of a running ./tonle serve over HTTP:
 * run the inbox now ({@code POST /runs}, optionally {@code ?feed=NAME}) and restart a FAILED or STOPPED
 * load ({@code POST /loads/{executionId}/restart}). Each does exactly what ./tonle run or ./tonle restart
 * does, under the same run lock, but in serve's JVM: no start-up, and the night's loads have already
 * compiled the code a restart runs. The reply comes when the work ends; its body is the command's own text
 * and the {@value #EXIT_CODE} header its exit code. 400: nothing to do as asked (no such load, one that
 * is not FAILED or STOPPED, no such feed); 409: another run holds the lock; 500: the work could not be
 * carried out (the database unreachable, say); 503: serve is shutting down.
 * <p>
 * Every request must carry the token kept in {@code tonle.serve-token-file} (made by serve, readable by
 * its owner only, read once when serve starts; a file of fewer than {@value #SHORTEST_TOKEN} characters
 * stops serve from starting) in the {@value #TOKEN} header: the port is on the loopback address, but every local
 * account and every web page a local browser opens can reach that, and a page cannot set this header
 * without the browser asking the server first.
 */
@RestController
@ConditionalOnWebApplication
class OperatorApi {

    static final String TOKEN = "X-Tonle-Token";
    static final String EXIT_CODE = "X-Tonle-Exit-Code";
    private static final Logger LOG = LoggerFactory.getLogger(OperatorApi.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    /** Shorter than this, a token file (emptied, or written by hand) is refused: serve does not start. */
    static final int SHORTEST_TOKEN = 32;
    private final ConfigurableApplicationContext context;
    private final Path tokenFile;
    private final byte[] token;

    OperatorApi(ConfigurableApplicationContext context, TonleSettings settings) throws IOException {
        this.context = context;
        this.tokenFile = settings.resolve(settings.serveTokenFile());
        String text = SecretFiles.readOrCreate(tokenFile, "made the token for serve's operator endpoints:");
        if (text.length() < SHORTEST_TOKEN) {
            throw new IllegalStateException(tokenFile + " holds no usable token (" + text.length() + " characters, "
                    + "fewer than " + SHORTEST_TOKEN + "): delete it, and serve makes a new one");
        }
        this.token = text.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/runs")
    ResponseEntity<String> run(@RequestHeader(name = TOKEN, required = false) String given,
                               @RequestParam(name = "feed", required = false) String feed) {
        RunCommand run = new RunCommand();
        run.feed = feed;
        // the name as asked for goes to the log only as letters, digits and - _ .
        String named = feed == null ? "" : " (feed " + feed.replaceAll("[^\\p{Alnum}_.-]", "?") + ")";
        return carryOut(given, "a run of the inbox" + named, run);
    }

    @PostMapping("/loads/{executionId}/restart")
    ResponseEntity<String> restart(@RequestHeader(name = TOKEN, required = false) String given,
                                   @PathVariable("executionId") long executionId) {
        RestartCommand restart = new RestartCommand();
        restart.executionId = executionId;
        return carryOut(given, "a restart of execution " + executionId, restart);
    }

    private ResponseEntity<String> carryOut(String given, String what, TonleCommand command) {
        if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("refused {}: missing or wrong {} header", what, TOKEN);
            return reply(HttpStatus.UNAUTHORIZED, null, "tonle: " + what + " needs the token of " + tokenFile
                    + " in the " + TOKEN + " header\n");
        }
        if (context.getBean(GracefulShutdown.class).requested()) {
            return reply(HttpStatus.SERVICE_UNAVAILABLE, null, "tonle: serve is shutting down; " + what
                    + " was not started\n");
        }
        LOG.info("{} asked for over HTTP", what);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int code;
        boolean carriedOut = true;
        try (PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8)) {
            try {
                code = command.call(context, out, out);
            } catch (Exception e) {
                code = TonleCli.failure(e, out);   // one line, never a stack trace
                carriedOut = false;
            }
        }
        LOG.info("{} ended with exit code {}", what, code);
        HttpStatus status;
        if (code == ExitCodes.USAGE) {
            status = HttpStatus.BAD_REQUEST;
        } else if (!carriedOut) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;   // the database unreachable, say: see the text
        } else if (code == ExitCodes.BUSY) {
            status = context.getBean(GracefulShutdown.class).requested() ? HttpStatus.SERVICE_UNAVAILABLE
                    : HttpStatus.CONFLICT;
        } else {
            status = HttpStatus.OK;   // carried out: the exit code says how the loads ended
        }
        return reply(status, code, text.toString(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<String> reply(HttpStatus status, Integer exitCode, String body) {
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(status).contentType(TEXT);
        if (exitCode != null) {
            reply.header(EXIT_CODE, String.valueOf(exitCode));
        }
        return reply.body(body);
    }
}
