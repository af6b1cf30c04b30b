package org.samling.oai.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.samling.oai.control.OaiProvider;

/** {@code /oai}: the OAI-PMH 2.0 endpoint harvesters read, by GET or POST as the protocol allows. */
@WebServlet("/oai")
public class OaiServlet extends HttpServlet {

    @Inject
    OaiProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream(64 * 1024);
        try {
            provider.write(provider.handle(request.getParameterMap()), page);
        } catch (Exception e) {
            throw new IOException("OAI-PMH response not written", e);
        }
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(page.size());
        page.writeTo(response.getOutputStream());
    }
}
