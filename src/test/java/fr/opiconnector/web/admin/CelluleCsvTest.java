package fr.opiconnector.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A value written in the console's CSV files: its columns kept, and never run as a formula by a spreadsheet. */
class CelluleCsvTest {

    @Test
    void a_value_a_spreadsheet_would_take_for_a_formula_is_kept_as_text() {
        assertEquals("'=HYPERLINK(\"http://x\")", ListePaginee.cellule("=HYPERLINK(\"http://x\")"));
        assertEquals("'+33 6 12", ListePaginee.cellule("+33 6 12"));
        assertEquals("'-1+2", ListePaginee.cellule("-1+2"));
        assertEquals("'@SUM(A1)", ListePaginee.cellule("@SUM(A1)"));
        assertEquals("'\tcmd", ListePaginee.cellule("\tcmd"));
        assertEquals("'  =1", ListePaginee.cellule("  =1"));
        assertEquals("' =1", ListePaginee.cellule("\n=1"), "a line break before it is a space, the formula still guarded");
    }

    @Test
    void other_values_are_unchanged_but_for_separators_and_line_breaks() {
        assertEquals("LEFÈVRE-D'ARC", ListePaginee.cellule("LEFÈVRE-D'ARC"));
        assertEquals("NOK   refusée", ListePaginee.cellule("NOK ; refusée"));
        assertEquals("a b", ListePaginee.cellule("a\nb"));
        assertEquals("", ListePaginee.cellule(null));
    }
}
