package org.tonle;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.tonle.cli.TonleCli;

@SpringBootApplication
@EnableConfigurationProperties(TonleSettings.class)
public class TonleApplication {

    public static void main(String[] args) {
        System.exit(TonleCli.execute(args, System.out, System.err));
    }
}
