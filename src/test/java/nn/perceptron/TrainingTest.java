package nn.perceptron;

import nn.data.BinaryData;
import nn.data.LogicData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Training a perceptron")
class TrainingTest {
    static final double EXACT = 1e-12;

    static Stream<Arguments> separableGates() {
        return Stream.of(LogicData.and(), LogicData.or(), LogicData.nand(), LogicData.nor())
                .flatMap(d -> Stream.of(Order.FIXED, Order.shuffled(1), Order.shuffled(2))
                        .flatMap(o -> Stream.of(0.1, 1.0).map(eta -> Arguments.of(d.name(), d, o, eta))));
    }

    static Training train(BinaryData data, Order order, double eta, int epochs) {
        Perceptron p = Perceptron.zero(data.dimension(), eta);
        return order.isFixed() ? p.train(data, epochs) : Training.run(p, data, epochs, order);
    }

    @ParameterizedTest(name = "{0}, {2}, η = {3}")
    @MethodSource("separableGates")
    @DisplayName("learns AND, OR, NAND and NOR: it converges and then classifies every row right")
    void learnsGates(String name, BinaryData data, Order order, double eta) {
        Training run = train(data, order, eta, 100);
        assertTrue(run.converged(), run.toString());
        assertEquals(0, run.result().mistakes(data));
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.t(i), run.result().predict(data.x(i)), name + " row " + i);
        }
        assertEquals(0, run.mistakesPerEpoch()[run.epochs() - 1], "the last epoch is the clean one");
        assertTrue(run.stopReason().startsWith("converged: epoch " + run.epochs() + " made no mistake"));
    }

    @ParameterizedTest(name = "{0}, {2}, η = {3}")
    @MethodSource("separableGates")
    @DisplayName("records every update: made on a mistake, following the rule, chained and counted per epoch")
    void historyIsConsistent(String name, BinaryData data, Order order, double eta) {
        Training run = train(data, order, eta, 100);
        Perceptron current = run.start();
        for (Update u : run.updates()) {
            assertEquals(current, u.before(), "each update starts where the previous one ended");
            assertEquals(current.net(u.x()), u.z(), EXACT);
            assertNotEquals(u.target(), u.prediction(), "updates happen on mistakes only");
            assertEquals(Perceptron.sign(u.z()), u.prediction());
            for (int j = 0; j < u.x().length; j++) {
                assertEquals(u.before().weights()[j] + eta * u.target() * u.x()[j], u.after().weights()[j], EXACT);
            }
            assertEquals(u.before().bias() + eta * u.target(), u.after().bias(), EXACT);
            assertArrayEquals(data.x(u.row()), u.x());
            assertEquals(data.t(u.row()), u.target());
            current = u.after();
        }
        assertEquals(run.result(), current);
        assertEquals(run.updates().size(), Arrays.stream(run.mistakesPerEpoch()).sum());
        assertEquals(run.updates().size(), run.table().rowCount());
    }

    @Test
    @DisplayName("on AND from zero with η = 1, the first updates are the ones worked by hand")
    void andByHand() {
        Training run = Perceptron.zero(2, 1).train(LogicData.and(), 100);
        // row 0: x = (0,0), t = −1; z = 0, sign(0) = +1: mistake → w = (0,0), b = −1
        Update first = run.updates().get(0);
        assertEquals(0, first.row());
        assertEquals(1, first.prediction());
        assertEquals(Perceptron.of(new double[] {0, 0}, -1, 1), first.after());
        // rows 1, 2: z = −1 → −1, right. Row 3: x = (1,1), t = +1, z = −1: mistake → w = (1,1), b = 0
        Update second = run.updates().get(1);
        assertEquals(3, second.row());
        assertEquals(Perceptron.of(new double[] {1, 1}, 0, 1), second.after());
        assertEquals("update 2 (epoch 1, row 3): x=[1, 1], t=+1, y=−1 (z=−1): w [0, 0] → [1, 1], b −1 → 0", second.toString());
    }

    @ParameterizedTest(name = "η = {0}")
    @ValueSource(doubles = {0.01, 0.5, 3})
    @DisplayName("from zero, η only rescales w and b: the same updates and the same boundaries as η = 1")
    void etaOnlyRescales(double eta) {
        BinaryData data = nn.data.Separable.generate(30, 0.05, 3).data();
        Training one = Perceptron.zero(2, 1).train(data, 200);
        Training other = Perceptron.zero(2, eta).train(data, 200);
        assertTrue(one.converged());
        assertTrue(one.sameBoundariesAs(other));
        assertArrayEquals(one.mistakesPerEpoch(), other.mistakesPerEpoch());
        for (int k = 0; k < 2; k++) {
            assertEquals(eta * one.result().weights()[k], other.result().weights()[k], 1e-9);
        }
    }

    @Test
    @DisplayName("from a nonzero start, η changes the sequence of boundaries")
    void etaMattersFromNonzeroStart() {
        BinaryData data = LogicData.and();
        Training big = Perceptron.of(new double[] {-1, 2}, 0.5, 1).train(data, 100);
        Training small = Perceptron.of(new double[] {-1, 2}, 0.5, 0.1).train(data, 100);
        assertTrue(big.converged() && small.converged());
        assertFalse(big.sameBoundariesAs(small));
    }

    @Nested
    @DisplayName("on XOR")
    class Xor {
        @ParameterizedTest(name = "seed {0}")
        @ValueSource(longs = {1, 2, 3, 4, 5})
        @DisplayName("never converges in any shuffled order, and says so")
        void neverConvergesShuffled(long seed) {
            Training run = Perceptron.zero(2, 1).train(LogicData.xor(), 500, seed);
            assertFalse(run.converged());
            assertEquals(500, run.epochs());
            assertTrue(Arrays.stream(run.mistakesPerEpoch()).allMatch(m -> m >= 1), "every epoch has a mistake");
            assertTrue(run.stopReason().startsWith("did NOT converge: stopped at the limit of 500 epochs"), run.stopReason());
        }

        @Test
        @DisplayName("in a fixed order it falls into a cycle of weights, stops there, and says so")
        void cycles() {
            Training run = Perceptron.zero(2, 1).train(LogicData.xor(), 50);
            assertFalse(run.converged());
            Cycle c = run.cycle().orElseThrow();
            assertEquals(new Cycle(3, 4), c);
            assertEquals(c.to() - 1, run.epochs(), "the run ends where epoch `to` would start");
            assertEquals(run.result(), run.updates().stream().filter(u -> u.epoch() == c.from() - 1).reduce((a, b) -> b).orElseThrow().after(),
                    "the weights at the end equal those at the start of epoch `from`");
            assertEquals(run.updateCount(), Arrays.stream(run.mistakesPerEpoch()).sum());
            assertEquals("did NOT converge: stopped after 3 epochs, after " + run.updateCount() + " updates in all, because " + c, run.stopReason());
        }

        @Test
        @DisplayName("the cycle found is the first repeat, whatever the epoch limit, and a huge limit costs nothing")
        void cycleIsTheFirstRepeat() {
            Training small = Perceptron.zero(2, 1).train(LogicData.xor(), 4);
            Training huge = Perceptron.zero(2, 1).train(LogicData.xor(), Integer.MAX_VALUE);
            assertEquals(small.cycle(), huge.cycle());
            assertEquals(small.result(), huge.result());
            assertEquals(Arrays.toString(small.mistakesPerEpoch()), Arrays.toString(huge.mistakesPerEpoch()));
        }

        @Test
        @DisplayName("a first repeat epochs in, of a cycle of 2 epochs (found by Brent's method), is the one a list of every epoch's weights finds")
        void cycleFoundLate() {
            BinaryData xor = BinaryData.of("XOR and two more points", new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0.5}, {2, 1}},
                    new int[] {-1, 1, 1, -1, 1, -1});
            Perceptron start = Perceptron.of(new double[] {0.3, 0.1}, 0.2, 0.3);
            Training run = start.train(xor, 10_000);
            java.util.List<Perceptron> seen = new java.util.ArrayList<>();
            Perceptron p = start;
            while (!seen.contains(p)) {
                seen.add(p);
                Training one = p.train(xor, 1);
                p = one.result();
            }
            assertEquals(new Cycle(seen.indexOf(p) + 1, seen.size() + 1), run.cycle().orElseThrow());
            assertEquals(new Cycle(8, 10), run.cycle().orElseThrow());
        }

        @Test
        @DisplayName("a long shuffled run keeps its first updates and counts the rest")
        void boundedUpdates() {
            Training run = Perceptron.zero(2, 1).train(LogicData.xor(), 40_000, 7);
            assertEquals(Training.KEPT_UPDATES, run.updates().size());
            assertTrue(run.updateCount() > Training.KEPT_UPDATES);
            assertEquals(run.updateCount(), Arrays.stream(run.mistakesPerEpoch()).sum());
        }
    }

    @Test
    @DisplayName("a converged run has no cycle to report")
    void noCycleWhenConverged() {
        assertTrue(Perceptron.zero(2, 1).train(LogicData.or(), 100).cycle().isEmpty());
    }

    @Test
    @DisplayName("the same seed gives the same run, another seed another order")
    void seeded() {
        BinaryData data = nn.data.Separable.generate(40, 0.02, 11).data();
        Training a = Perceptron.zero(2, 1).train(data, 500, 42);
        Training b = Perceptron.zero(2, 1).train(data, 500, 42);
        Training c = Perceptron.zero(2, 1).train(data, 500, 43);
        assertEquals(a.result(), b.result());
        assertEquals(a.updates().stream().map(Update::row).toList(), b.updates().stream().map(Update::row).toList());
        assertNotEquals(a.updates().stream().map(Update::row).toList(), c.updates().stream().map(Update::row).toList());
        assertEquals("shuffled each epoch (seed 42)", a.order().toString());
    }

    @Nested
    @DisplayName("rejects")
    class Rejects {
        @Test
        @DisplayName("data with a different number of features than the perceptron has inputs")
        void dimension() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(3, 1).train(LogicData.and(), 10));
            assertEquals("Perceptron(w=[0, 0, 0], b=0, η=1) has 3 inputs but data set AND has 2 features (x₁, x₂)", e.getMessage());
        }

        @Test
        @DisplayName("fewer than one epoch")
        void epochs() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Perceptron.zero(2, 1).train(LogicData.and(), 0));
            assertEquals("training needs at least 1 epoch but maxEpochs = 0", e.getMessage());
        }
    }
}
