package org.samling.oai.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.samling.oai.control.KeysetTokens;
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

    /**
     * Every repository must take {@code from} and {@code until} as days, whatever its
     * granularity; xoai takes only its own, so a day is read as its first or last second.
     */
    static Map<String, String[]> withDayDates(Map<String, String[]> parameters) {
        Map<String, String[]> copy = new HashMap<>(parameters);
        widen(copy, "from", "T00:00:00Z");
        widen(copy, "until", "T23:59:59Z");
        return copy;
    }

    private static void widen(Map<String, String[]> parameters, String name, String time) {
        String[] values = parameters.get(name);
        if (values != null && values.length == 1 && values[0].matches("\\d{4}-\\d{2}-\\d{2}")) {
            parameters.put(name, new String[] {values[0] + time});
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream(64 * 1024);
        try {
            provider.write(provider.handle(withDayDates(request.getParameterMap())), page);
        } catch (Exception e) {
            throw new IOException("OAI-PMH response not written", e);
        } finally {
            KeysetTokens.clear();
        }
        response.setContentType("text/xml;charset=UTF-8");
        response.setContentLength(page.size());
        page.writeTo(response.getOutputStream());
    }
}
