package io.shopfloor.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name=value} arguments of the benchmark commands. */
final class CommandOptions {

    private CommandOptions() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Arguments look like --name=value, not " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return options;
    }
}
