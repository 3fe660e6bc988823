package io.shopfloor.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.users.entity.NewUser;

/** A constraint's text is a key of the service bundle, its limits the pattern's parameters, in either language. */
class InputValidationTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void aSizeViolationNamesItsLimitInTheReadersLanguage() throws ReflectiveOperationException {
        Message tooLong = InputValidation.message(violation(constraint(OrderDraft.class, "notes", Size.class), "ignored"));
        assertThat(tooLong).isEqualTo(Message.of("input.tooLong", 0, 10000));
        assertThat(tooLong.english()).isEqualTo("must be at most 10,000 characters");
        assertThat(tooLong.in(VIETNAMESE)).isEqualTo("tối đa 10.000 ký tự");

        Message password = InputValidation.message(violation(constraint(NewUser.class, "initialPassword", Size.class), "ignored"));
        assertThat(password.english()).isEqualTo("must be 12 to 200 characters");
        assertThat(password.in(VIETNAMESE)).isEqualTo("phải dài từ 12 đến 200 ký tự");
    }

    @Test
    void digitsAndDecimalBoundsPassTheirAttributesInOrder() throws ReflectiveOperationException {
        Message digits = InputValidation.message(violation(constraint(ProductDraft.class, "basePrice",
                jakarta.validation.constraints.Digits.class), "ignored"));
        assertThat(digits.english()).isEqualTo("takes at most 10 digits and 2 decimals");
        assertThat(digits.in(VIETNAMESE)).isEqualTo("tối đa 10 chữ số và 2 chữ số thập phân");
    }

    @Test
    void aLibrarysConstraintKeepsItsOwnWords() {
        Message own = InputValidation.message(violation(Map.of("message", "{jakarta.validation.constraints.Size.message}"), "size must be between 0 and 5"));
        assertThat(own.english()).isEqualTo("size must be between 0 and 5");
        assertThat(own.in(VIETNAMESE)).isEqualTo("size must be between 0 and 5");
    }

    /** Every constraint of every service input names a Shopfloor key, and renders in both languages without a placeholder left. */
    @Test
    void everyConstraintOfTheInputsHasAShopfloorText() throws IOException, ReflectiveOperationException {
        int constraints = 0;
        for (Class<?> input : constrainedClasses()) {
            for (Field field : input.getDeclaredFields()) {
                for (Annotation annotation : field.getAnnotations()) {
                    if (!annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                        continue;
                    }
                    constraints++;
                    Map<String, Object> attributes = attributes(annotation);
                    String where = input.getSimpleName() + "." + field.getName() + " @" + annotation.annotationType().getSimpleName();
                    assertThat((String) attributes.get("message")).as(where).startsWith("{input.").endsWith("}");
                    Message message = InputValidation.message(violation(attributes, "ignored"));
                    for (Locale language : List.of(Locale.ENGLISH, VIETNAMESE)) {
                        assertThat(message.in(language)).as(where + " in " + language)
                                .doesNotContain("{").doesNotStartWith(message.key());
                    }
                }
            }
        }
        assertThat(constraints).as("constraints found").isGreaterThan(30);
    }

    /** The classes under src/main/java that use Bean Validation constraints. */
    private static List<Class<?>> constrainedClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("src/main/java");
        List<Class<?>> classes = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("import jakarta.validation.constraints.")) {
                    String name = root.relativize(file).toString().replace(".java", "").replace(file.getFileSystem().getSeparator(), ".");
                    classes.add(Class.forName(name));
                }
            }
        }
        assertThat(classes).as("inputs with constraints").isNotEmpty();
        return classes;
    }

    private static Map<String, Object> constraint(Class<?> type, String field, Class<? extends Annotation> kind) throws ReflectiveOperationException {
        return attributes(type.getDeclaredField(field).getAnnotation(kind));
    }

    /** The attributes of a constraint, as Bean Validation's descriptor gives them. */
    private static Map<String, Object> attributes(Annotation annotation) throws ReflectiveOperationException {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            attributes.put(attribute.getName(), attribute.invoke(annotation));
        }
        return attributes;
    }

    /** A violation of a constraint with these attributes, as a validator reports it ({@code text}: its interpolated words). */
    @SuppressWarnings("unchecked")
    private static ConstraintViolation<Object> violation(Map<String, Object> attributes, String text) {
        ConstraintDescriptor<?> descriptor = (ConstraintDescriptor<?>) Proxy.newProxyInstance(getClass(ConstraintDescriptor.class),
                new Class<?>[] {ConstraintDescriptor.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttributes" -> attributes;
                    case "getMessageTemplate" -> attributes.get("message");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConstraintViolation<Object>) Proxy.newProxyInstance(getClass(ConstraintViolation.class),
                new Class<?>[] {ConstraintViolation.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMessageTemplate" -> attributes.get("message");
                    case "getMessage" -> text;
                    case "getConstraintDescriptor" -> descriptor;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClassLoader getClass(Class<?> type) {
        return type.getClassLoader() != null ? type.getClassLoader() : InputValidationTest.class.getClassLoader();
    }
}
