package org.eduroadmap.document.pdf;

import java.util.List;

/** A page's items top to bottom, kept until the whole document is read (unruled tables span pages). */
record PageItems(int page, List<Item> items) {}
