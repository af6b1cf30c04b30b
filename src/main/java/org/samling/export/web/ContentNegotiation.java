package org.samling.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.samling.dataset.control.Datasets;
import org.samling.export.control.Exports;
import org.samling.platform.error.SamlingException;

/**
 * A landing address asked for a machine format ({@code Accept: application/ld+json}, DataCite
 * XML, BibTeX ...) answers with the published version's export instead of the page.
 */
@jakarta.enterprise.context.ApplicationScoped
public class ContentNegotiation {

    private static final String[][] FORMATS = {
            {"application/ld+json", "schema.org"},
            {"application/vnd.datacite.datacite+xml", "Datacite"},
            {"application/x-bibtex", "BibTeX"},
            {"application/x-research-info-systems", "RIS"},
            {"application/vnd.citationstyles.csl+json", "CSLJson"},
            {"application/vnd.dataverse.json", "dataverse_json"}};

    @Inject
    Exports exports;

    @Inject
    Datasets datasets;

    /** The exporter or citation format the request's Accept header names first, if any. */
    static Optional<String> wanted(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null) {
            return Optional.empty();
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String type = part.split(";")[0].strip();
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                return Optional.empty();
            }
            for (String[] format : FORMATS) {
                if (format[0].equals(type)) {
                    return Optional.of(format[1]);
                }
            }
        }
        return Optional.empty();
    }

    /** @return whether the response was written */
    boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> format = wanted(request);
        String pid = request.getParameter("persistentId");
        if (format.isEmpty() || pid == null) {
            return false;
        }
        response.setHeader("Vary", "Accept");
        try {
            var dataset = datasets.requireByGlobalId(pid);
            String name = format.get();
            if (name.equals("BibTeX") || name.equals("RIS") || name.equals("CSLJson")) {
                response.sendRedirect(request.getContextPath() + "/api/datasets/:persistentId/versions/:latest-published/citation/"
                        + name + "?persistentId=" + java.net.URLEncoder.encode(pid, java.nio.charset.StandardCharsets.UTF_8));
                return true;
            }
            var export = exports.of(dataset, request.getParameter("version"), name);
            response.setContentType(export.exporter().mediaType() + ";charset=UTF-8");
            response.getWriter().write(export.body());
        } catch (SamlingException e) {
            response.sendError(e.status() == 400 ? 400 : 404);
        }
        return true;
    }
}
