package org.tonle.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One thread reads ahead, the other takes: every item in order, then the end or the failure. */
@Timeout(30)
class ReadAheadThreadTest {

    /** Items 1..n, then whatever {@code last} does. */
    private static ReadAheadThread.Source<Integer> counting(int n, ReadAheadThread.Source<Integer> last) {
        AtomicInteger i = new AtomicInteger();
        return () -> i.get() < n ? Integer.valueOf(i.incrementAndGet()) : last.next();
    }

    private static List<Integer> takeAll(ReadAheadThread<Integer> ahead) throws Exception {
        List<Integer> items = new ArrayList<>();
        for (Integer item; (item = ahead.next()) != null; ) {
            items.add(item);
        }
        return items;
    }

    @Test
    void givesEveryItemInOrderAcrossBatchesThenTheEndAgainAndAgain() throws Exception {
        try (ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 7, 3, counting(1000, () -> null))) {
            List<Integer> items = takeAll(ahead);
            assertThat(items).hasSize(1000);
            for (int i = 0; i < 1000; i++) {
                assertThat(items.get(i)).isEqualTo(i + 1);
            }
            assertThat(ahead.next()).isNull();
            assertThat(ahead.next()).isNull();
        }
    }

    @Test
    void aFailureComesAfterEveryItemBeforeItAndAgainOnEveryLaterCall() throws Exception {
        UnreadableFileException refused = new UnreadableFileException("f.csv: line 501 is not valid UTF-8");
        try (ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 64, 2, counting(500, () -> {
            throw refused;
        }))) {
            for (int i = 1; i <= 500; i++) {
                assertThat(ahead.next()).isEqualTo(i);
            }
            assertThatThrownBy(ahead::next).isSameAs(refused);
            assertThatThrownBy(ahead::next).isSameAs(refused);   // never a quiet end after a failure
        }
    }

    @Test
    void anErrorKeepsItsType() throws Exception {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        try (ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 8, 2, counting(3, () -> {
            throw error;
        }))) {
            assertThat(List.of(ahead.next(), ahead.next(), ahead.next())).containsExactly(1, 2, 3);
            assertThatThrownBy(ahead::next).isSameAs(error);
        }
    }

    @Test
    void anInterruptOfTheReadingThreadLosesNoItem() throws Exception {
        AtomicInteger i = new AtomicInteger();
        ReadAheadThread.Source<Integer> source = () -> {
            int n = i.incrementAndGet();
            if (n % 100 == 0) {
                Thread.currentThread().interrupt();   // say, a library interrupting its caller
            }
            return n <= 5000 ? n : null;
        };
        try (ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 16, 2, source)) {
            Thread.sleep(100);   // the queue fills while the reading thread is interrupted
            assertThat(takeAll(ahead)).hasSize(5000).startsWith(1, 2, 3).endsWith(4999, 5000);
        }
    }

    @Test
    void closeStopsAReadingThreadThatWaitsForRoom() throws Exception {
        ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 4, 2, () -> 1);   // endless
        assertThat(ahead.next()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(ahead.alive()).isTrue();   // waiting for room in the full queue
        ahead.close();
        assertThat(ahead.alive()).isFalse();
    }

    @Test
    void aReadingThreadThatDiesWithoutAWordIsNoticed() throws Exception {
        // a batch too large to allocate: the reading thread dies before it can report anything
        try (ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", Integer.MAX_VALUE, 2, () -> 1)) {
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class)
                    .hasMessage("the reading thread 't' ended without handing over the end of the file");
        }
    }

    @Test
    void closingWhileTheConsumerWaitsEndsItsWaitWithAClearReason() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ReadAheadThread<Integer> ahead = new ReadAheadThread<>("t", 4, 2, () -> {
            release.await(2, TimeUnit.SECONDS);   // a slow source
            return null;
        });
        CompletableFuture<Object> consumer = CompletableFuture.supplyAsync(() -> {
            try {
                return ahead.next();
            } catch (Exception e) {
                return e;
            }
        });
        Thread.sleep(200);
        ahead.close();
        Object got = consumer.get(10, TimeUnit.SECONDS);
        assertThat(got).isInstanceOf(IllegalStateException.class);
        assertThat(((Exception) got).getMessage()).isEqualTo("the reading of 't' was closed");
    }
}
