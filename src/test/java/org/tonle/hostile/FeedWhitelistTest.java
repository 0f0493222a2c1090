package org.tonle.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.tonle.support.TestDatabase;
import org.tonle.support.TonleRun;

/**
 * Identifiers in SQL never come from a file or an unchecked YAML value: a feed definition naming a
 * table, a column or a field outside its allowed set stops Tonle at start-up (exit 64), and the
 * message names the file and the key.
 */
class FeedWhitelistTest {

    @TempDir
    Path scratch;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("target: arrest", "target: source_file",
                        "police.yml: target: unknown target 'source_file'; allowed: deportation, arrest, court_case, published_stat"),
                Arguments.of("{field: remarks,", "{field: sha256,",
                        "police.yml: fields[7].field: 'sha256' is not a column of arrest"),
                Arguments.of("{field: remarks,", "{field: \"remarks = NULL; DROP TABLE arrest; --\",",
                        "police.yml: fields[7].field: 'remarks = NULL; DROP TABLE arrest; --' is not a column of arrest"),
                Arguments.of("notAbove: suspects_arrested}", "notAbove: password}",
                        "police.yml: fields[5].notAbove: 'password' is not a field of this feed"),
                Arguments.of("target: arrest", "target: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
                        + "[[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]", "police.yml: is not valid YAML: "));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void aFeedNamingSomethingOutsideItsAllowedSetIsRefusedAtStartUp(String from, String to, String expected)
            throws Exception {
        Path jobs = Files.createDirectories(scratch.resolve("jobs"));
        try (Stream<Path> shipped = Files.list(TonleRun.HOME.resolve("jobs"))) {
            for (Path yml : shipped.toList()) {
                Files.copy(yml, jobs.resolve(yml.getFileName()));
            }
        }
        Path police = jobs.resolve("police.yml");
        String text = Files.readString(police, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(police, text.replace(from, to), StandardCharsets.UTF_8);

        try (TestDatabase db = TestDatabase.h2(scratch)) {
            TonleRun.Result run = TonleRun.run(db, scratch, "run", "--inbox", TonleRun.HOME.resolve("sample-input").toString(),
                    "--tonle.jobs=" + jobs);
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(64);
            assertThat(run.err()).startsWith("tonle: configuration error: " + police + ": ")
                    .contains(expected.substring("police.yml: ".length()));
            assertThat(run.out()).doesNotContain("LOADED");
        }
    }
}
