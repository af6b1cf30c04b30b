package org.samling.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test from the outside, against Samling deployed on Payara Micro: its address,
 * an API client on it, and the administrator's token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstServer {

    @ArquillianResource
    URL base;

    Api api;
    String admin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        admin = Samling.adminToken();
    }
}
