package org.tonle.feed;

/** A mistake in a feed definition: the message names the file and the key. Exit code 64. */
public class FeedDefinitionException extends RuntimeException {
    public FeedDefinitionException(String message) {
        super(message);
    }
}
