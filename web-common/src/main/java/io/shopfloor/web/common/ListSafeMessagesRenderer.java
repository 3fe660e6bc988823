package io.shopfloor.web.common;

import java.io.IOException;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages, with each message a plain list item: PrimeFaces gives every {@code <li>}
 * {@code role="alert"}, which makes its {@code <ul>} an invalid list (axe-core rule "list",
 * WCAG 1.3.1). The messages' container is an {@code aria-live} region already, so screen readers
 * still announce them. Registered for every p:messages in META-INF/faces-config.xml.
 */
public class ListSafeMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"role".equals(name) && !"aria-atomic".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
