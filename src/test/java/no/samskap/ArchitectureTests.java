package no.samskap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The code-level rules of STYLE.md that module verification does not cover. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samskap");

    @Test
    void domainCodeUsesNoSpringAndNoJdbc() {
        // a package-info may carry module metadata (effekt's domain is a named interface); it holds no code
        noClasses().that().resideInAPackage("..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void domainCodeNeverReadsTheClock() {
        noClasses().that().resideInAPackage("..domain..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void repositoriesAndQueriesStayInsideTheirModule() {
        for (String module : new String[] {"organisasjon", "arrangor", "avtale", "tiltak", "audit", "tilgang"}) {
            noClasses().that().resideOutsideOfPackage("no.samskap." + module + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            module + " repositories/queries",
                            c -> c.getPackageName().startsWith("no.samskap." + module)
                                    && (c.getSimpleName().endsWith("Repository") || c.getSimpleName().endsWith("Queries"))))
                    .check(CLASSES);
        }
    }

    @Test
    void noFieldInjection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(
                        "org.springframework.beans.factory.annotation.Autowired")
                .check(CLASSES);
    }
}
