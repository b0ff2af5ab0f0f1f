package dev.caravan;

/** Entry point of {@code java -jar caravan.jar}; see {@link CaravanCommand} for the flags. */
public final class CaravanApplication {
    private CaravanApplication() {
    }

    public static void main(String... args) throws Exception {
        int exitCode;
        try {
            exitCode = new CaravanCommand(System.out, System.err).run(args);
        } catch (Exception e) {
            // a failed start leaves Camel's non-daemon threads behind: without an explicit exit the JVM hangs
            e.printStackTrace();
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** The version in the jar's manifest, or {@code dev} when running from classes. */
    public static String version() {
        String version = CaravanApplication.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
