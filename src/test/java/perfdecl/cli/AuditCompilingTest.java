package perfdecl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.fixtures.Fixtures;

/**
 * An audit reads its PDFs in the user's JVM, as a short extract does: C2 kept out of it the same way. Each audit
 * runs in a JVM of its own (the directive would stay in this one, the whole suite's).
 */
class AuditCompilingTest {

    private static String auditInChildJvm(Path out, Path input) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), out.toString(), input.toString())
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(printed).isZero();
        return printed;
    }

    @Test
    void auditOfAPdfExcludesC2ForEveryMethod(@TempDir Path out) throws Exception {
        String printed = auditInChildJvm(out, Fixtures.path("filings/pdf-bundle-2019/input.pdf"));
        assertThat(printed).contains("audit exit 0");
        String first = printed.substring(printed.indexOf("Directive:"));
        assertThat(first).startsWith("Directive:\n matching: *.*");
        assertThat(first.substring(first.indexOf("c2 directives:"))).contains("Exclude:true");
    }

    @Test
    void auditOfDeclarationJsonLeavesTheCompilersAsStarted(@TempDir Path out) throws Exception {
        String printed = auditInChildJvm(out, Fixtures.path("audit/multi-year-filings.json"));
        assertThat(printed).contains("audit exit 0");
        assertThat(printed.substring(printed.indexOf("Directive:"))).startsWith("Directive: (default)");
    }

    /** Audits {@code args[1]} into {@code args[0]} and prints the compilers' directives. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            System.out.println("audit exit " + Main.run("audit", "-o", args[0], args[1]));
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }
}
