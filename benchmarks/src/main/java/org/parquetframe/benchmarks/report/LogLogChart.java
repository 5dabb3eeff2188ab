package org.parquetframe.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG line chart with logarithmic axes, one line per series (e.g. time against graph size, one
 * line per system), drawn headless with JFreeChart. Points that are not positive cannot sit on a
 * log axis and are left out, so a run that did not finish leaves a gap rather than a false point.
 */
public final class LogLogChart {
  /** Colours that stay distinct for colour-blind readers (Okabe–Ito). */
  private static final Color[] PALETTE = {
      new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
      new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0)};

  private final String title;
  private final String subtitle;
  private final String xLabel;
  private final String yLabel;
  private final AxisUnit xUnit;
  private final AxisUnit yUnit;
  private final Map<String, XYSeries> series = new LinkedHashMap<>();

  public LogLogChart(String title, String subtitle, String xLabel, AxisUnit xUnit, String yLabel, AxisUnit yUnit) {
    this.title = title;
    this.subtitle = subtitle;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.xUnit = xUnit;
    this.yUnit = yUnit;
  }

  /** Adds the point (x, y) to the line named {@code name}, creating the line on first use. */
  public LogLogChart point(String name, double x, double y) {
    if (x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y)) {
      series.computeIfAbsent(name, n -> new XYSeries(n, true, true)).add(x, y);
    }
    return this;
  }

  /** The lines with at least one point, in the order they were first named. */
  public List<String> lines() {
    return List.copyOf(series.keySet());
  }

  /** Draws the chart to {@code file} as a {@code width} x {@code height} PNG. */
  public void writePng(Path file, int width, int height) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(file.toAbsolutePath().getParent());
    ChartUtils.saveChartAsPNG(file.toFile(), chart(), width, height);
  }

  private JFreeChart chart() {
    XYSeriesCollection data = new XYSeriesCollection();
    series.values().forEach(data::addSeries);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(i, new BasicStroke(2.2f));
    }
    LogAxis x = axis(xLabel, xUnit);
    LogAxis y = axis(yLabel, yUnit);
    widenSinglePoint(x, data.getDomainLowerBound(false), data.getDomainUpperBound(false));
    widenSinglePoint(y, data.getRangeLowerBound(false), data.getRangeUpperBound(false));
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(200, 200, 200));
    plot.setRangeGridlinePaint(new Color(200, 200, 200));
    JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    if (subtitle != null && !subtitle.isEmpty()) {
      chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    }
    return chart;
  }

  /**
   * A log axis cannot range from a value to itself (one graph size, or one time), which JFreeChart
   * refuses; such an axis spans a factor of 3 either side instead.
   */
  private static void widenSinglePoint(LogAxis axis, double lower, double upper) {
    if (lower == upper && lower > 0) {
      axis.setAutoRange(false);
      axis.setRange(lower / 3, upper * 3);
    }
  }

  /** Ticks at the powers of ten only, labelled in {@code unit}, with minor ticks between them. */
  private static LogAxis axis(String label, AxisUnit unit) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(1e-6);
    axis.setAutoTickUnitSelection(false);
    axis.setTickUnit(new NumberTickUnit(1.0, unit.format(), 9));
    axis.setNumberFormatOverride(unit.format()); // labels the value (1 ms), not its exponent
    axis.setMinorTickMarksVisible(true);
    axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    return axis;
  }
}
