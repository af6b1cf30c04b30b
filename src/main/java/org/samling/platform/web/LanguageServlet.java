package org.samling.platform.web;

import org.samling.platform.i18n.LanguageChosen;
import jakarta.enterprise.event.Event;
import org.samling.platform.i18n.PreferredLanguage;
import org.samling.platform.config.SamlingConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.samling.platform.i18n.Messages;

/**
 * {@code /language?to=sv&back=/dataset.xhtml?...}: remembers the language in a cookie and
 * returns to the page. A link, not a form, so reading the site never needs a session.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    static final String COOKIE = PreferredLanguage.COOKIE;

    @Inject
    SamlingConfig config;

    @Inject
    Event<LanguageChosen> chosen;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Messages.supported(Locale.forLanguageTag(String.valueOf(request.getParameter("to"))));
        Cookie cookie = new Cookie(COOKIE, language.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(ClientAddress.isSecure(request, config.trustedProxies()));
        response.addCookie(cookie);
        chosen.fire(new LanguageChosen(language.getLanguage()));
        response.sendRedirect(request.getContextPath() + safeReturn(request.getParameter("back")));
    }

    /** A path on this site only: never another host ({@code //evil.example}). */
    static String safeReturn(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
