package org.samling.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.samling.platform.config.SamlingConfig;

/** The session cookie is Secure when the site is reached over HTTPS (its public address, SAMLING_SITE_URL). */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    SamlingConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (config.servedOverHttps()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
