package org.samling.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers docs/architecture.md draws: features on the authorization core, the core on the
 * platform, nothing pointing up; and views and resources ask the engine or a read service,
 * never the evaluator itself.
 */
class LayersTest {

    static final String[] FEATURES = {"org.samling.access..", "org.samling.account..", "org.samling.audit..",
            "org.samling.collection..", "org.samling.dataset..", "org.samling.file..", "org.samling.notify..",
            "org.samling.search..", "org.samling.demo..", "org.samling.admin..", "org.samling.metadata..",
            "org.samling.curation..", "org.samling.export..", "org.samling.oai..", "org.samling.pid.."};

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.samling");
    }

    @Test
    void platformDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.samling.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(append(FEATURES, "org.samling.authz.."))
                .check(classes);
    }

    @Test
    void theAuthorizationCoreDependsOnlyOnThePlatform() {
        noClasses().that().resideInAPackage("org.samling.authz..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
    }

    @Test
    void datasetsKnowNoPidProvider() {
        noClasses().that().resideInAPackage("org.samling.dataset..")
                .should().dependOnClassesThat().resideInAPackage("org.samling.pid..")
                .because("the PID providers build on datasets (PidMinter is the one way in)")
                .check(classes);
    }

    @Test
    void viewsAndResourcesDoNotCallTheEvaluator() {
        noClasses().that().resideInAnyPackage("..web..", "..boundary..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.samling.authz.PermissionEvaluator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.samling.authz.PermissionScope")
                .check(classes);
    }

    private static String[] append(String[] packages, String more) {
        String[] all = java.util.Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = more;
        return all;
    }
}
