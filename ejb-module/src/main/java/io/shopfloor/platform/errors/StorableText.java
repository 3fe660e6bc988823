package io.shopfloor.platform.errors;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import io.shopfloor.platform.messages.Message;

/**
 * Default interceptor of every EJB (META-INF/ejb-jar.xml): every text a service receives, from
 * the screens, the REST API or an import, inside records, lists and maps (custom fields)
 * included, is checked for what PostgreSQL cannot store: the NUL character, and UTF-16 halves
 * that pair with nothing (they cannot be encoded as UTF-8). Such input is refused before any
 * database work, as invalid input naming the field ({@code name}, {@code customFields.finish},
 * {@code stageEstimates[1].stageName}), instead of failing deep in the database.
 */
public class StorableText {

    static final Message MESSAGE = Message.of("input.unstorable");
    private static final int MAX_DEPTH = 8;

    @AroundInvoke
    public Object refuseUnstorableText(InvocationContext invocation) throws Exception {
        Object[] values = invocation.getParameters();
        if (values == null || values.length == 0) {
            return invocation.proceed();
        }
        Parameter[] parameters = invocation.getMethod().getParameters();
        Map<String, Message> problems = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            // A record's components are named as the API names its fields; a plain text by its parameter.
            String name = values[i] instanceof Record ? "" : parameters[i].getName();
            collect(name, values[i], problems, 0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return invocation.proceed();
    }

    /** Where in {@code value} (named {@code name}) a text cannot be stored, by field path. */
    static Map<String, Message> problems(String name, Object value) {
        Map<String, Message> problems = new LinkedHashMap<>();
        collect(name, value, problems, 0);
        return problems;
    }

    private static void collect(String path, Object value, Map<String, Message> problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (!storable(text)) {
                problems.put(path.isEmpty() ? "text" : path, MESSAGE);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(join(path, component.getName()), component.getAccessor().invoke(record), problems, depth + 1);
                } catch (ReflectiveOperationException | IllegalArgumentException unreadable) {
                    // A component that cannot be read carries nothing to store.
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!storable(key)) {
                    problems.put(join(path, "(key)"), MESSAGE);
                } else {
                    collect(join(path, key), entry.getValue(), problems, depth + 1);
                }
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collect(path + "[" + i++ + "]", item, problems, depth + 1);
            }
        }
    }

    /** Text PostgreSQL can store: no NUL, every surrogate paired. */
    static boolean storable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
