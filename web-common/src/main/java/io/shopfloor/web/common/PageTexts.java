package io.shopfloor.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A page's texts that name a value ("Delete the role "Planner"?"), for attributes where
 * {@code h:outputFormat} cannot go (a confirmation's message, a label):
 * {@code #{text.format('roles.delete.question', r.name)}}, in the page's language.
 */
@Named("text")
@ApplicationScoped
public class PageTexts {

    public String format(String key, Object value) {
        return Texts.get(key, value);
    }

    public String format(String key, Object first, Object second) {
        return Texts.get(key, first, second);
    }
}
