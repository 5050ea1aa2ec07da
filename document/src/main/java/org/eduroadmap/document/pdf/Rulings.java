package org.eduroadmap.document.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** Collects a page's ruling lines: short-sided filled rectangles and stroked straight lines. */
final class Rulings extends PDFGraphicsStreamEngine {
  /** A filled rectangle at most this many points across is a ruling: Word draws borders of up to 6 pt as such (2.25 pt is the thickest usual). */
  static final float FILLED_RULING_MAX_POINTS = 2.5f;
  /** A segment whose ends differ by at most this many points across is straight (horizontal or vertical). */
  static final float STRAIGHT_POINTS = 1f;
  /** A segment shorter than this many points is a dot or a glyph's stroke, not a ruling. */
  static final float MIN_RULING_POINTS = 3f;
  /** Rulings read per page at most: a hostile file may draw millions. */
  static final int MAX_RULINGS = 100_000;

  final List<Ruling> horizontal = new ArrayList<>();
  final List<Ruling> vertical = new ArrayList<>();
  private final List<float[]> path = new ArrayList<>();
  private final float top;
  private final float left;
  private float cx;
  private float cy;

  Rulings(PDPage page) {
    super(page);
    PDRectangle box = page.getCropBox();
    this.top = box.getUpperRightY();
    this.left = box.getLowerLeftX();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    line(p0, p1);
    line(p1, p2);
    line(p2, p3);
    line(p3, p0);
    // A filled thin rectangle is one ruling: remembered as such in case it is filled.
    float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    path.add(new float[] {x0, y0, x1, y1, 1});
  }

  private void line(Point2D a, Point2D b) {
    path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY(), 0});
  }

  @Override
  public void moveTo(float x, float y) {
    cx = x;
    cy = y;
  }

  @Override
  public void lineTo(float x, float y) {
    path.add(new float[] {cx, cy, x, y, 0});
    cx = x;
    cy = y;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    cx = x3;
    cy = y3;
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float(cx, cy);
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    path.clear();
  }

  @Override
  public void strokePath() {
    for (float[] s : path) {
      if (s[4] == 0) {
        segment(s[0], s[1], s[2], s[3]);
      }
    }
    path.clear();
  }

  @Override
  public void fillPath(int windingRule) {
    for (float[] s : path) {
      if (s[4] == 1) {
        float w = s[2] - s[0];
        float h = s[3] - s[1];
        if (h <= FILLED_RULING_MAX_POINTS && w > h) {
          segment(s[0], (s[1] + s[3]) / 2, s[2], (s[1] + s[3]) / 2);
        } else if (w <= FILLED_RULING_MAX_POINTS && h > w) {
          segment((s[0] + s[2]) / 2, s[1], (s[0] + s[2]) / 2, s[3]);
        }
      }
    }
    path.clear();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    List<float[]> copy = new ArrayList<>(path);
    fillPath(windingRule);
    path.addAll(copy);
    strokePath();
  }

  @Override
  public void drawImage(PDImage pdImage) {}

  @Override
  public void clip(int windingRule) {}

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

  private void segment(float x0, float y0, float x1, float y1) {
    if (horizontal.size() + vertical.size() > MAX_RULINGS) {
      return;
    }
    // To the text's frame: points from the crop box's top left.
    float ax = x0 - left;
    float bx = x1 - left;
    float ay = top - y0;
    float by = top - y1;
    if (!Float.isFinite(ax) || !Float.isFinite(bx) || !Float.isFinite(ay) || !Float.isFinite(by)) {
      return;
    }
    if (Math.abs(ay - by) <= STRAIGHT_POINTS && Math.abs(ax - bx) >= MIN_RULING_POINTS) {
      horizontal.add(new Ruling((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
    } else if (Math.abs(ax - bx) <= STRAIGHT_POINTS && Math.abs(ay - by) >= MIN_RULING_POINTS) {
      vertical.add(new Ruling((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
    }
  }
}
