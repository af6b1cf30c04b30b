package org.samling.pid.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.samling.dataset.entity.GlobalId;

/**
 * {@code /citation?persistentId=perma:...}: where permalinks resolve, as in Dataverse. Sends the
 * reader on to the dataset's landing page (which answers 404 for what does not exist or is not
 * theirs to see, so this reveals nothing). Any identifier this site knows works the same way.
 */
@WebServlet("/citation")
public class PermalinkResolver extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var id = GlobalId.parse(request.getParameter("persistentId"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/dataset.xhtml?persistentId="
                + URLEncoder.encode(id.get().asString(), StandardCharsets.UTF_8));
    }
}
