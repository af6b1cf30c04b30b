package org.samling.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of the page being shown, for "sign in and come back here" links. */
@Named
@RequestScoped
public class CurrentPage {

    public String getReturnParam() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? (String) request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        String path = uri.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
