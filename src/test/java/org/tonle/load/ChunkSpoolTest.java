package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk text of the chunks ahead: one file per chunk of rows, complete once its last row is in. */
class ChunkSpoolTest {

    @TempDir
    Path dir;

    private long files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void each_run_of_chunk_size_rows_gets_a_file_of_its_clean_rows_lines() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 2);
        ChunkSpool.Segment first = spool.add("a\n");
        assertThat(first.holds(1, 1)).as("not complete before its last row").isFalse();
        assertThat(spool.add(null)).isSameAs(first);   // a held-back row: counted, no line
        ChunkSpool.Segment second = spool.add("b\n");
        assertThat(spool.add("c\n")).isSameAs(second);
        ChunkSpool.Segment third = spool.add("d\n");
        assertThat(third.holds(1, 1)).as("the short last chunk is complete only at the end").isFalse();
        spool.end();

        assertThat(first.holds(2, 1)).isTrue();
        assertThat(first.holds(2, 2)).isFalse();
        assertThat(first.holds(3, 1)).isFalse();
        assertThat(first.lines()).isEqualTo(1);
        assertThat(Files.readString(first.file())).isEqualTo("a\n");
        assertThat(second.holds(2, 2)).isTrue();
        assertThat(Files.readString(second.file())).isEqualTo("b\nc\n");
        assertThat(third.holds(1, 1)).isTrue();
        assertThat(Files.readString(third.file())).isEqualTo("d\n");
        assertThat(files()).isEqualTo(3);

        spool.release(second);
        assertThat(Files.exists(second.file())).isFalse();
        assertThat(second.holds(2, 2)).as("a released segment is never sent").isFalse();
        spool.close();
        assertThat(files()).as("files not sent are removed at close").isZero();
    }

    @Test
    void a_chunk_still_being_written_is_removed_at_close() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 10);
        ChunkSpool.Segment open = spool.add("a\n");
        spool.add("b\n");
        assertThat(files()).isEqualTo(1);
        spool.close();
        assertThat(files()).isZero();
        assertThat(open.holds(2, 2)).isFalse();
    }

    /** A writer that fails when its file is closed (as when the last buffer meets a full disk). */
    private static Writer failingAtClose(Path file) throws IOException {
        return new FilterWriter(Files.newBufferedWriter(file)) {
            @Override
            public void close() throws IOException {
                super.close();
                throw new IOException("No space left on device");
            }
        };
    }

    @Test
    void a_chunk_file_that_cannot_be_finished_is_not_sent_and_spooling_stops() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 2, ChunkSpoolTest::failingAtClose);
        ChunkSpool.Segment first = spool.add("a\n");
        assertThat(spool.add("b\n")).as("the row whose chunk could not be finished").isNull();
        assertThat(first.holds(2, 2)).isFalse();
        assertThat(spool.add("c\n")).isNull();
        spool.end();
        spool.close();
        assertThat(files()).isZero();
    }

    @Test
    void the_short_last_chunk_that_cannot_be_finished_is_not_sent() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 10, ChunkSpoolTest::failingAtClose);
        ChunkSpool.Segment last = spool.add("a\n");
        spool.end();
        assertThat(last.holds(1, 1)).isFalse();
        spool.close();
        assertThat(files()).isZero();
    }

    @Test
    void a_chunk_file_that_cannot_be_opened_is_removed() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 2, file -> {
            throw new IOException("Too many open files");
        });
        assertThat(spool.add("a\n")).isNull();
        spool.close();
        assertThat(files()).isZero();
    }

    @Test
    void when_the_spool_cannot_be_written_rows_get_no_segment_and_the_step_writes_them_itself() throws Exception {
        ChunkSpool spool = new ChunkSpool(Files.writeString(dir.resolve("a-file"), ""), 2);   // not a directory
        assertThat(spool.add("a\n")).isNull();
        assertThat(spool.add("b\n")).isNull();
        spool.end();
        spool.close();
        assertThat(files()).as("only the file that stood for the directory").isEqualTo(1);
    }

    @Test
    void a_line_with_an_unpaired_surrogate_is_refused_not_spooled() throws Exception {
        ChunkSpool spool = new ChunkSpool(dir, 2);
        // a spreadsheet's text can hold one; String.getBytes would quietly write '?' for it
        ChunkSpool.Segment first = spool.add("1\tKh\uD800mer\n");
        assertThat(spool.add("2\tok\n")).as("the chunk cannot be finished").isNull();
        spool.end();
        assertThat(first.holds(2, 2)).isFalse();
        assertThat(spool.add("3\tok\n")).as("spooling has stopped: the step writes the chunks itself").isNull();
        spool.close();
        assertThat(files()).isZero();
    }
}
