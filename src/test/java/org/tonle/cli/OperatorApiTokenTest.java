package org.tonle.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.TonleSettings;

/** serve does not start with a token file that holds no usable token: an empty header would match it. */
class OperatorApiTokenTest {

    @TempDir
    Path scratch;

    @Test
    void anEmptyOrShortTokenFileStopsServeFromStarting() throws Exception {
        Path token = scratch.resolve("serve.token");
        Files.writeString(token, " \n");
        assertThatThrownBy(() -> new OperatorApi(null, settings(token))).isInstanceOf(IllegalStateException.class)
                .hasMessage(token + " holds no usable token (0 characters, fewer than 32): delete it, and serve "
                        + "makes a new one");
        Files.writeString(token, "0123456789abcdef0123456789abcde");
        assertThatThrownBy(() -> new OperatorApi(null, settings(token)))
                .hasMessageContaining("(31 characters, fewer than 32)");
        Files.writeString(token, "0123456789abcdef0123456789abcdef");
        new OperatorApi(null, settings(token));

        Files.delete(token);
        new OperatorApi(null, settings(token));
        assertThat(Files.readString(token)).matches("[0-9a-f]{64}");
    }

    private TonleSettings settings(Path token) {
        return new TonleSettings(scratch, Path.of("sample-input"), Path.of("jobs"), Path.of("config/reference"), 10_000,
                false, scratch.resolve("passport.key"), "Asia/Phnom_Penh", 1L << 29, 1 << 22, 500, token);
    }
}
