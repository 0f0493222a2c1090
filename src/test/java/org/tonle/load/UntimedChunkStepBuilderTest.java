package org.tonle.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

class UntimedChunkStepBuilderTest {

    private final ResourcelessJobRepository repository = new ResourcelessJobRepository();

    /** Runs a step of chunks of 3 over the items and returns the chunks written. */
    private List<List<String>> run(List<String> items, ItemReadListener<String> listener, StepExecution[] execution)
            throws Exception {
        Iterator<String> source = items.iterator();
        List<List<String>> written = new ArrayList<>();
        UntimedChunkStepBuilder<String, String> builder =
                new UntimedChunkStepBuilder<>(new StepBuilder("stage", repository));
        builder.transactionManager(new ResourcelessTransactionManager()).chunk(3)
                .reader(() -> source.hasNext() ? source.next() : null)
                .writer((Chunk<? extends String> chunk) -> written.add(new ArrayList<>(chunk.getItems())));
        if (listener != null) {
            builder.listener(listener);
        }
        Step step = builder.build();
        JobInstance instance = repository.createJobInstance("job", new JobParameters());
        JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        StepExecution stepExecution = repository.createStepExecution("stage", job);
        step.execute(stepExecution);
        execution[0] = stepExecution;
        return written;
    }

    @Test
    void without_item_listeners_every_item_is_read_once_in_chunks_and_counted() throws Exception {
        StepExecution[] execution = new StepExecution[1];
        List<List<String>> written = run(List.of("a", "b", "c", "d", "e", "f", "g"), null, execution);
        assertThat(written).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
        assertThat(execution[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution[0].getReadCount()).isEqualTo(7);
        assertThat(execution[0].getWriteCount()).isEqualTo(7);
        assertThat(execution[0].getCommitCount()).isEqualTo(3);
    }

    @Test
    void an_item_listener_still_hears_every_read() throws Exception {
        List<String> heard = new ArrayList<>();
        ItemReadListener<String> listener = new ItemReadListener<>() {
            @Override
            public void beforeRead() {
                heard.add("before");
            }

            @Override
            public void afterRead(String item) {
                heard.add(item);
            }
        };
        StepExecution[] execution = new StepExecution[1];
        List<List<String>> written = run(List.of("a", "b", "c", "d"), listener, execution);
        assertThat(written).containsExactly(List.of("a", "b", "c"), List.of("d"));
        assertThat(heard).containsExactly("before", "a", "before", "b", "before", "c", "before", "d", "before");
        assertThat(execution[0].getReadCount()).isEqualTo(4);
    }
}
