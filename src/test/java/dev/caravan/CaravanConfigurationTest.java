package dev.caravan;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaravanConfigurationTest {

    @Test
    void quadrigramsAreLeftOutOfASmallHeapOnly() {
        assertFalse(CaravanConfiguration.quadrigramsFit(true, 256L << 20), "-Xmx256m cannot hold them");
        assertTrue(CaravanConfiguration.quadrigramsFit(true, CaravanConfiguration.QUADRIGRAM_MIN_HEAP_BYTES));
        assertTrue(CaravanConfiguration.quadrigramsFit(true, 512L << 20));
        assertFalse(CaravanConfiguration.quadrigramsFit(false, 4L << 30), "switched off stays off");
    }
}
