package org.samling.search.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * A facet's values as a list of links, {@code <s:facetValues value="#{facet.shown()}"/>}. A search
 * page shows some 200 values; written here, each costs one expression instead of seven, which
 * made up most of the page's rendering time. The writer escapes every label and address.
 */
@FacesComponent(createTag = true, tagName = "facetValues", namespace = FacetValueList.NAMESPACE)
public class FacetValueList extends UIComponentBase {

    public static final String NAMESPACE = "urn:samling:search";

    @Override
    public String getFamily() {
        return "org.samling.search";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<SearchState.Option> options = (List<SearchState.Option>) getAttributes().get("value");
        ResponseWriter out = context.getResponseWriter();
        out.startElement("ul", this);
        for (SearchState.Option option : options == null ? List.<SearchState.Option>of() : options) {
            out.startElement("li", this);
            out.startElement("a", this);
            out.writeAttribute("class", option.selected() ? "facet-value selected" : "facet-value", null);
            out.writeAttribute("href", option.href(), null);
            out.writeAttribute("aria-pressed", String.valueOf(option.selected()), null);
            out.writeAttribute("data-value", option.label(), null);
            out.writeText(option.label() + " ", null);
            out.startElement("span", this);
            out.writeAttribute("class", "facet-count", null);
            out.writeText(String.valueOf(option.count()), null);
            out.endElement("span");
            out.endElement("a");
            out.endElement("li");
        }
        out.endElement("ul");
    }
}
