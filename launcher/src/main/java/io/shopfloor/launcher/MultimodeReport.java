package io.shopfloor.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code asadmin multimode} printed, split per command. multimode itself exits 0 even when a
 * command fails, so this is how failures are found; each command's output ends with a line
 * {@code Command <name> executed successfully.} or {@code Command <name> failed.}.
 */
record MultimodeReport(List<Outcome> outcomes) {

    private static final Pattern END_OF_COMMAND =
            Pattern.compile("^Command (\\S+) (executed successfully(?: with warnings)?|failed)\\.$");

    /** One command's output lines and whether it succeeded. */
    record Outcome(String command, boolean succeeded, List<String> output) {
    }

    static MultimodeReport parse(String output) {
        List<Outcome> outcomes = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher end = END_OF_COMMAND.matcher(line.strip());
            if (end.matches()) {
                outcomes.add(new Outcome(end.group(1), !end.group(2).equals("failed"), List.copyOf(pending)));
                pending.clear();
            } else {
                pending.add(line.strip());
            }
        }
        // multimode reports on itself last.
        if (!outcomes.isEmpty() && outcomes.get(outcomes.size() - 1).command().equals("multimode")) {
            outcomes.remove(outcomes.size() - 1);
        }
        return new MultimodeReport(List.copyOf(outcomes));
    }

    List<Outcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.succeeded()).toList();
    }
}
