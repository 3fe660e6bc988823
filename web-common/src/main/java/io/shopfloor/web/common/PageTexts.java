package io.shopfloor.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;

/**
 * A page's texts that name a value ("Delete the role "Planner"?"), for attributes where
 * {@code h:outputFormat} cannot go (a confirmation's message, a label):
 * {@code #{text.format('roles.delete.question', r.name)}}, in the page's language; and what a
 * service said, or a status's label: {@code #{text.of(entry.description)}}.
 */
@Named("text")
@ApplicationScoped
public class PageTexts {

    /** A service's {@link Message} or a {@link Labelled} value in the page's language; anything else as it is. */
    public String of(Object said) {
        if (said instanceof Labelled labelled) {
            return Texts.of(labelled.label());
        }
        return said instanceof Message message ? Texts.of(message) : String.valueOf(said);
    }

    public String format(String key, Object value) {
        return Texts.get(key, value);
    }

    public String format(String key, Object first, Object second) {
        return Texts.get(key, first, second);
    }

    public String format(String key, Object first, Object second, Object third) {
        return Texts.get(key, first, second, third);
    }
}
