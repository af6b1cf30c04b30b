package org.samling.search.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.samling.search.control.Hit;

/**
 * Results as list items, {@code <s:hits value="#{state.result.hits()}"/>} inside a {@code <ul>}:
 * each hit's kind, its link (a file's to the moment of its recording where the words are spoken),
 * the snippet, and the line about it. Written here rather than by a repeated template: a template
 * evaluated some thirty expressions and resolved two navigation cases per hit, which made up
 * most of the search, collection and home pages' rendering time. The writer escapes every text
 * and address; the snippet is already HTML-safe (only its {@code <mark>} is markup).
 */
@FacesComponent(createTag = true, tagName = "hits", namespace = FacetValueList.NAMESPACE)
public class HitList extends UIComponentBase {

    @Override
    public String getFamily() {
        return "org.samling.search";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<Hit> hits = (List<Hit>) getAttributes().get("value");
        if (hits == null || hits.isEmpty()) {
            return;
        }
        ResourceBundle messages = context.getApplication().getResourceBundle(context, "msg");
        NumberFormat sizes = NumberFormat.getIntegerInstance(context.getViewRoot().getLocale());
        String contextPath = context.getExternalContext().getRequestContextPath();
        ResponseWriter out = context.getResponseWriter();
        for (Hit hit : hits) {
            String kind = hit.kind().stored();
            out.startElement("li", this);
            out.writeAttribute("class", "hit hit-" + kind, null);
            out.writeAttribute("data-kind", kind, null);
            out.startElement("h3", this);
            element(out, "span", "kind-badge", messages.getString("search.badge." + kind));
            out.startElement("a", this);
            out.writeURIAttribute("href", href(context, contextPath, hit), null);
            if (hit.isFile()) {
                out.writeAttribute("class", "file-hit", null);
            }
            text(out, hit.name());
            out.endElement("a");
            if (hit.isDraft()) {
                element(out, "span", "badge draft", messages.getString("dataset.draft"));
            }
            out.endElement("h3");
            if (hit.isDataset()) {
                element(out, "span", "authors", hit.authorLine());
            }
            out.startElement("p", this);
            out.writeAttribute("class", "snippet", null);
            if (hit.snippet() != null) {
                out.write(hit.snippet());
            }
            out.endElement("p");
            out.startElement("p", this);
            out.writeAttribute("class", "meta", null);
            if (hit.isFile()) {
                text(out, String.join(" · ", orEmpty(hit.fileType()),
                        hit.sizeBytes() == null ? "" : sizes.format(hit.sizeBytes()) + " B", orEmpty(hit.access()),
                        messages.getString("search.inDataset") + " " + orEmpty(hit.datasetTitle())));
            } else if (hit.isDataset()) {
                element(out, "span", "pid", hit.datasetGlobalId());
                text(out, " · " + orEmpty(hit.collectionName()));
            } else {
                text(out, hit.collectionAlias());
            }
            out.endElement("p");
            out.endElement("li");
            out.write("\n");
        }
    }

    private static String href(FacesContext context, String contextPath, Hit hit) {
        if (hit.isCollection()) {
            return contextPath + "/dataverse/" + hit.collectionAlias();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (hit.isDataset()) {
            parameters.put("persistentId", List.of(orEmpty(hit.datasetGlobalId())));
        } else {
            parameters.put("fileId", List.of(String.valueOf(hit.fileId())));
            if (hit.cueStart() != null) {
                parameters.put("t", List.of(String.valueOf(hit.cueStart())));
            }
        }
        return context.getApplication().getViewHandler()
                .getBookmarkableURL(context, hit.isDataset() ? "/dataset.xhtml" : "/file.xhtml", parameters, false);
    }

    private void element(ResponseWriter out, String name, String styleClass, String text) throws IOException {
        out.startElement(name, this);
        out.writeAttribute("class", styleClass, null);
        text(out, text);
        out.endElement(name);
    }

    private static void text(ResponseWriter out, String text) throws IOException {
        if (text != null) {
            out.writeText(text, null);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
