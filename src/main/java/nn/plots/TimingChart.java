package nn.plots;

import nn.util.Check;
import nn.util.Fmt;
import nn.util.Timing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/**
 * A {@link Timing} as two bars, one per computation, each labelled with its median time, and how
 * many times faster the second is. A picture, because the times change from run to run: the
 * figure's text (its title) stays the same.
 */
public final class TimingChart {
    private static final int WIDTH = 620;
    private static final int HEIGHT = 190;
    private static final int LEFT = 24;
    private static final int BAR = 36;

    private TimingChart() {
    }

    /** The bars of {@code timing} under {@code title}. */
    public static Figure of(Timing timing, String title) {
        Check.given("TimingChart.of", "timing", timing, "title", title);
        double longest = Math.max(timing.firstSeconds(), timing.secondSeconds());
        return Figure.draw(WIDTH, HEIGHT, title, g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, LEFT, 26);
            bar(g, 44, timing.first(), timing.firstSeconds(), longest, Plots.OFF);
            bar(g, 44 + BAR + 30, timing.second(), timing.secondSeconds(), longest, Plots.ON);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString("median of the runs, measured just now: " + Fmt.num(timing.speedup(), 3) + " times faster", LEFT, HEIGHT - 12);
        });
    }

    private static void bar(Graphics2D g, int y, String name, double seconds, double longest, Color color) {
        int full = WIDTH - 2 * LEFT;
        int w = Math.max(2, (int) Math.round(full * seconds / longest));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(name + ": " + time(seconds), LEFT, y + 12);
        g.setColor(color);
        g.fillRect(LEFT, y + 18, w, BAR - 18);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(LEFT, y + 18, w, BAR - 18);
    }

    /** 12.3 µs, 4.56 ms, 1.2 s. */
    static String time(double seconds) {
        if (seconds < 1e-3) {
            return Fmt.num(seconds * 1e6, 3) + " µs";
        }
        return seconds < 1 ? Fmt.num(seconds * 1e3, 3) + " ms" : Fmt.num(seconds, 3) + " s";
    }
}
