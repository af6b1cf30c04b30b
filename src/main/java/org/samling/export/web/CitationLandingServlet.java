package org.samling.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.samling.dataset.entity.GlobalId;

/**
 * {@code /citation?persistentId=...}: where a permalink (and every other identifier this site
 * knows) resolves. People are sent on to the dataset page; machines asking for a format get it.
 */
@WebServlet("/citation")
public class CitationLandingServlet extends HttpServlet {

    @Inject
    ContentNegotiation negotiation;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = GlobalId.parse(request.getParameter("persistentId"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (negotiation.answer(request, response)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/dataset.xhtml?persistentId="
                + URLEncoder.encode(id.get().asString(), StandardCharsets.UTF_8));
    }
}
