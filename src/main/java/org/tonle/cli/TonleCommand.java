package org.tonle.cli;

import java.io.PrintStream;
import org.springframework.context.ConfigurableApplicationContext;

/** A sub-command: parsed before Spring starts (so a bad command line costs nothing), run after. */
interface TonleCommand {

    int call(ConfigurableApplicationContext context, PrintStream out, PrintStream err) throws Exception;

    /** Only serve needs the web server (health and metrics). */
    default boolean web() {
        return false;
    }
}
