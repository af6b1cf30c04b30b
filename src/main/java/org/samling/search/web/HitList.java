package org.samling.search.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.samling.platform.web.Html;
import org.samling.search.control.Hit;

/**
 * Results as list items, {@code <s:hits value="#{state.result.hits()}"/>} inside a {@code <ul>}:
 * each hit's kind, its link (a file's to the moment of its recording where the words are spoken),
 * the snippet, and the line about it. Written here rather than by a repeated template: a template
 * evaluated some thirty expressions and resolved two navigation cases per hit, which made up
 * most of the search, collection and home pages' rendering time. Every text and address is
 * escaped; the snippet is already HTML-safe (only its {@code <mark>} is markup).
 */
@FacesComponent(createTag = true, tagName = "hits", namespace = FacetValueList.NAMESPACE)
public class HitList extends MarkupInOnePiece<Hit> {

    @Override
    String markup(FacesContext context, List<Hit> hits) {
        ResourceBundle messages = context.getApplication().getResourceBundle(context, "msg");
        Locale locale = context.getViewRoot().getLocale();
        NumberFormat sizes = NumberFormat.getIntegerInstance(locale);
        String contextPath = context.getExternalContext().getRequestContextPath();
        StringBuilder html = new StringBuilder(hits.size() * 1200);
        for (Hit hit : hits) {
            String kind = hit.kind().stored();
            html.append("<li class=\"hit hit-").append(kind).append("\" data-kind=\"").append(kind).append("\"><h3>");
            element(html, "span", "kind-badge", messages.getString("search.badge." + kind));
            Html.append(html.append("<a href=\""), href(context, contextPath, hit)).append('"');
            html.append(hit.isFile() ? " class=\"file-hit\">" : ">");
            Html.append(html, hit.name()).append("</a>");
            if (hit.isDraft()) {
                element(html, "span", "badge draft", messages.getString("dataset.draft"));
            }
            html.append("</h3>");
            if (hit.isDataset()) {
                element(html, "span", "authors", hit.authorLine());
            }
            // already HTML-safe, with the matched words in <mark>
            html.append("<p class=\"snippet\">").append(hit.snippet() == null ? "" : hit.snippet()).append("</p>");
            html.append("<p class=\"meta\">");
            if (hit.isFile()) {
                Html.append(html, String.join(" · ", FacetValueLabels.fileType(locale, hit.fileType()),
                        hit.sizeBytes() == null ? "" : sizes.format(hit.sizeBytes()) + " B",
                        FacetValueLabels.access(locale, hit.access()),
                        messages.getString("search.inDataset") + " " + orEmpty(hit.datasetTitle())));
            } else if (hit.isDataset()) {
                element(html, "span", "pid", hit.datasetGlobalId());
                Html.append(html, " · " + orEmpty(hit.collectionName()));
            } else {
                Html.append(html, hit.collectionAlias());
            }
            html.append("</p></li>\n");
        }
        return html.toString();
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

    private static void element(StringBuilder html, String name, String styleClass, String text) {
        html.append('<').append(name).append(" class=\"").append(styleClass).append("\">");
        Html.append(html, text).append("</").append(name).append('>');
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
