package io.shopfloor.web.common.testing;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

/**
 * What a cluster needs of a screen module: every view-, session- or conversation-scoped bean and
 * everything it keeps between requests can be serialized, so a session moves to another node.
 * Injected references are the container's (serializable proxies) and are not followed; a field's
 * declared type is followed through its type arguments, record components and, for Shopfloor's own
 * classes, their fields.
 */
public final class ViewState {

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> checked = new HashSet<>();

    private ViewState() {
    }

    /** The problems found in the scoped beans among the classes compiled next to {@code anchor}. */
    public static List<String> problemsOfBeansNextTo(Class<?> anchor) {
        ViewState state = new ViewState();
        List<Class<?>> beans = scopedBeans(anchor);
        if (beans.isEmpty()) {
            state.problems.add("no scoped beans found next to " + anchor.getName());
        }
        beans.forEach(bean -> state.bean(bean));
        return state.problems;
    }

    /** How many scoped beans were looked at (for the test's own sanity). */
    public static int beanCount(Class<?> anchor) {
        return scopedBeans(anchor).size();
    }

    private static List<Class<?>> scopedBeans(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> beans = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                    if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                            || type.isAnnotationPresent(ConversationScoped.class)) {
                        beans.add(type);
                    }
                }
            }
            return beans;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the classes next to " + anchor.getName(), e);
        }
    }

    private void bean(Class<?> bean) {
        if (!Serializable.class.isAssignableFrom(bean)) {
            problems.add(bean.getName() + " is not Serializable");
        }
        fields(bean, bean.getSimpleName());
    }

    private void fields(Class<?> type, String where) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("io.shopfloor.")) {
                return; // PrimeFaces' and the JDK's own classes take care of their fields
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                        || field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                type(field.getGenericType(), where + "." + field.getName());
            }
        }
    }

    private void type(Type type, String where) {
        if (type instanceof Class<?> c) {
            type(c, where);
        } else if (type instanceof ParameterizedType p) {
            type(p.getRawType(), where);
            for (Type argument : p.getActualTypeArguments()) {
                type(argument, where + "<>");
            }
        } else if (type instanceof GenericArrayType a) {
            type(a.getGenericComponentType(), where + "[]");
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                type(bound, where);
            }
        } else if (type instanceof TypeVariable<?>) {
            return; // bound where the generic type is used, and checked there
        }
    }

    private void type(Class<?> c, String where) {
        if (c.isPrimitive() || c == Object.class || c == String.class || !checked.add(c)) {
            return;
        }
        if (c.isArray()) {
            type(c.getComponentType(), where + "[]");
        } else if (c.isInterface()) {
            // Collections are serializable when their elements are; other interfaces must say so.
            if (!Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c) && !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is an interface that does not extend Serializable");
            }
        } else if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(where + ": " + c.getName() + " is not Serializable");
        } else if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                type(component.getGenericType(), c.getSimpleName() + "." + component.getName());
            }
        } else if (c.getName().startsWith("io.shopfloor.") && !c.isEnum()) {
            fields(c, c.getSimpleName());
        }
    }
}
