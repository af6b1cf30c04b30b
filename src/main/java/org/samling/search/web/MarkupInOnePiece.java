package org.samling.search.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;

/**
 * A component that writes the markup of its {@code value}, a list, as one string: for lists of
 * some hundred entries, where a template or a call of the response writer per attribute cost
 * more than the text. What {@link #markup} returns must be escaped already.
 */
abstract class MarkupInOnePiece<T> extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.samling.search";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<T> values = (List<T>) getAttributes().get("value");
        context.getResponseWriter().write(markup(context, values == null ? List.of() : values));
    }

    abstract String markup(FacesContext context, List<T> values);
}
