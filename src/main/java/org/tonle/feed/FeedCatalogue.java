package org.tonle.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The feeds, read from jobs/*.yml and validated once at start-up. */
public final class FeedCatalogue {

    private final Map<String, FeedDefinition> feeds;

    private FeedCatalogue(Map<String, FeedDefinition> feeds) {
        this.feeds = feeds;
    }

    public static FeedCatalogue load(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            throw new FeedDefinitionException(jobsDir + ": the feed definitions folder does not exist");
        }
        Map<String, FeedDefinition> feeds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(jobsDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                FeedDefinition feed = parse(file);
                FeedDefinition clash = feeds.put(feed.name(), feed);
                if (clash != null) {
                    throw new FeedDefinitionException(file + ": name: feed '" + feed.name()
                            + "' is also defined in " + clash.sourceFile());
                }
            }
        } catch (IOException e) {
            throw new FeedDefinitionException(jobsDir + ": cannot be read: " + e.getMessage());
        }
        if (feeds.isEmpty()) {
            throw new FeedDefinitionException(jobsDir + ": no feed definitions (*.yml) found");
        }
        return new FeedCatalogue(feeds);
    }

    static FeedDefinition parse(Path file) {
        Object document;
        try (InputStream in = Files.newInputStream(file)) {
            // SafeConstructor: a feed file can only produce maps, lists and scalars, never objects
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            throw new FeedDefinitionException(file + ": is not valid YAML: " + firstLine(e.getMessage()));
        }
        return new FeedParser(new YamlNode(file.toString(), "", document)).feed();
    }

    public FeedDefinition get(String name) {
        FeedDefinition feed = feeds.get(name);
        if (feed == null) {
            throw new FeedDefinitionException("unknown feed '" + name + "'; known feeds: "
                    + String.join(", ", feeds.keySet()));
        }
        return feed;
    }

    public Collection<FeedDefinition> all() {
        return feeds.values();
    }

    public List<String> names() {
        return new ArrayList<>(feeds.keySet());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
