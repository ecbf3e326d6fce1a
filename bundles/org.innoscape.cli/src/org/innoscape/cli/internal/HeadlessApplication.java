package org.innoscape.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.innoscape.cli.Console;

/** The Equinox application {@code org.innoscape.cli.app}: runs one command and exits with its code. */
public class HeadlessApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = raw == null ? List.of() : Arrays.asList(raw);
        String version = version();
        InnoscapeCli cli = new InnoscapeCli(version, Commands.all(version));
        InterruptNotice notice = InterruptNotice.install(arguments.isEmpty() || arguments.get(0).startsWith("-") ? "" : arguments.get(0),
                System.err);
        int code = cli.run(arguments, Console.system());
        notice.finished();
        System.out.flush();
        System.err.flush();
        return code;
    }

    @Override
    public void stop() {
        // A command runs to its end; there is nothing to interrupt.
    }

    private static String version() {
        Bundle bundle = FrameworkUtil.getBundle(HeadlessApplication.class);
        if (bundle == null) {
            return "(unknown version)";
        }
        var v = bundle.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + " (" + v.getQualifier() + ")";
    }
}
