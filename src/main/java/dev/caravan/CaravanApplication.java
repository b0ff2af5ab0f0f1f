package dev.caravan;

/** Entry point of {@code java -jar caravan.jar}; see {@link CaravanCommand} for the flags. */
public final class CaravanApplication {
    private CaravanApplication() {
    }

    public static void main(String... args) throws Exception {
        System.exit(new CaravanCommand(System.out, System.err).run(args));
    }

    /** The version in the jar's manifest, or {@code dev} when running from classes. */
    public static String version() {
        String version = CaravanApplication.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
