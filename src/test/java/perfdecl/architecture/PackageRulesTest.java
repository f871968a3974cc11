package perfdecl.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The stages stay one-way: model and grid depend on nothing of ours, readers, parser, rules, audit and writers only
 * on model/grid and their own libraries, only the pipeline wires them, only the CLI knows picocli, only the Spark
 * job knows Spark, and both are entry points that reach the stages through the pipeline.
 */
class PackageRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("perfdecl");

    private static final String[] STAGES = {"perfdecl.text..", "perfdecl.pdf..", "perfdecl.parse..",
            "perfdecl.validate..", "perfdecl.audit..", "perfdecl.write..", "perfdecl.correct..",
            "perfdecl.corrections.."};

    @Test
    void modelImportsOnlyTheJavaPlatform() {
        classes().that().resideInAPackage("perfdecl.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "perfdecl.model..")
                .check(MAIN);
    }

    @Test
    void modelAndGridAreRecordsAndTheirInterfaces() {
        classes().that().resideInAnyPackage("perfdecl.model..", "perfdecl.grid..")
                .and().areNotInterfaces().and().areNotEnums().and().areNotAnonymousClasses()
                .and().doNotHaveSimpleName("package-info")
                .and().areNotAssignableTo(Exception.class)
                .should().beRecords().check(MAIN);
    }

    @Test
    void gridImportsOnlyTheJavaPlatform() {
        classes().that().resideInAPackage("perfdecl.grid..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "perfdecl.grid..")
                .check(MAIN);
    }

    @Test
    void stagesNeverImportEachOther() {
        for (String stage : STAGES) {
            String[] others = java.util.Arrays.stream(STAGES).filter(s -> !s.equals(stage))
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(stage)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAnyPackage("perfdecl.pipeline..", "perfdecl.cli..")
                    .check(MAIN);
        }
    }

    @Test
    void applyingCorrectionsImportsOnlyTheModel() {
        classes().that().resideInAPackage("perfdecl.correct..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "perfdecl.model..", "perfdecl.correct..")
                .check(MAIN);
    }

    @Test
    void onlyTheCliKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("perfdecl.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(MAIN);
    }

    @Test
    void onlyTheSparkJobKnowsSparkAndHadoop() {
        noClasses().that().resideOutsideOfPackage("perfdecl.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
                .check(MAIN);
    }

    @Test
    void theSparkJobIsAnEntryPointLikeTheCli() {
        noClasses().that().resideOutsideOfPackage("perfdecl.spark..")
                .should().dependOnClassesThat().resideInAPackage("perfdecl.spark..").check(MAIN);
        noClasses().that().resideInAPackage("perfdecl.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("perfdecl.text..", "perfdecl.pdf..",
                        "perfdecl.parse..", "perfdecl.validate..", "perfdecl.audit..", "perfdecl.write..",
                        "perfdecl.grid..", "perfdecl.cli..")
                .check(MAIN);
    }

    @Test
    void pdfTypesStayInThePdfReader() {
        noClasses().that().resideOutsideOfPackage("perfdecl.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "technology.tabula..")
                .check(MAIN);
    }

    @Test
    void ocrEngineTypesStayInThePdfReader() {
        noClasses().that().resideOutsideOfPackage("perfdecl.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.mymonstercat..", "com.benjaminwan..")
                .check(MAIN);
    }

    @Test
    void theReviewServerUsesOnlyThePipelineAndTheModel() {
        String[] stagesAndCli = java.util.stream.Stream.concat(java.util.Arrays.stream(STAGES),
                java.util.stream.Stream.of("perfdecl.cli..", "perfdecl.grid..")).toArray(String[]::new);
        noClasses().that().resideInAPackage("perfdecl.review..")
                .should().dependOnClassesThat().resideInAnyPackage(stagesAndCli).check(MAIN);
    }

    @Test
    void onlyTheReviewServerKnowsJavalinAndJetty() {
        noClasses().that().resideOutsideOfPackage("perfdecl.review..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..").check(MAIN);
    }

    @Test
    void thePipelineIsNotImportedByAnyStage() {
        // entry points (the CLI, the review server) drive the pipeline; no stage does
        noClasses().that().resideOutsideOfPackages("perfdecl.pipeline..", "perfdecl.cli..", "perfdecl.review..",
                        "perfdecl.spark..")
                .should().dependOnClassesThat().resideInAPackage("perfdecl.pipeline..").check(MAIN);
    }

    @Test
    void onlyThePdfReaderUsesItsSubpackages() {
        noClasses().that().resideOutsideOfPackage("perfdecl.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("perfdecl.pdf.content..", "perfdecl.pdf.layout..",
                        "perfdecl.pdf.scan..")
                .check(MAIN);
    }

    @Test
    void thePdfReadersRoomsHaveNoCycles() {
        // scan and scan.repair are one slice: the scan page pass calls the repairs, which use its raster and words
        slices().matching("perfdecl.pdf.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
