package perfdecl.pipeline.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class QuickCompilingTest {

    /**
     * In a JVM of its own (the directive would stay in this one, the whole suite's): after {@code excludeC2} the
     * compilers' directives exclude C2 for every method and leave C1 as it was.
     */
    @Test
    void aRunReadInTheUsersJvmExcludesC2AndKeepsC1() throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.running(Probe.class.getName()));
        command.add(0, ChildJvm.java());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).startsWith("added true");
        // the first directive is ours: every method, C1 not enabled by it (so the default's), C2 excluded
        String ours = out.substring(out.indexOf("Directive:"), out.indexOf("Directive: (default)"));
        assertThat(ours).contains("matching: *.*");
        String c2 = ours.substring(ours.indexOf("c2 directives:"));
        assertThat(c2).contains("Exclude:true");
        String c1 = ours.substring(ours.indexOf("c1 directives:"), ours.indexOf("c2 directives:"));
        assertThat(c1).contains("Enable:false").contains("Exclude:false");
    }

    /** Adds the directive and prints the compilers' directives. */
    public static final class Probe {
        public static void main(String[] args) throws Exception {
            System.out.println("added " + QuickCompiling.excludeC2());
            System.out.println(ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()}));
        }
    }
}
