package org.entente.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.entente.cli.EntenteCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** {@code entente import cow-states | atop | history}: the historical world from the command line, and analyzed. */
class HistoryImportTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return new EntenteCli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
	}

	private static Path data(String file) {
		return Path.of(System.getProperty("entente.data", "../../../shared/data"), file);
	}

	@Test
	void theHistoryImportValidatesAndAnalyzes() throws Exception {
		Path history = folder.resolve("history.entente");
		assertEquals(EntenteCli.OK, run("import", "history", data("").toString(), "--out", history.toString()),
				err::toString);
		assertTrue(err.toString().contains("217 states") || err.toString().contains("218 states"), err.toString());
		String text = Files.readString(history);
		assertTrue(text.contains("alliance ATOP3180 \"ATOP alliance 3180, 1949-\" defense atop-id 3180 cow-id 227"),
				() -> text.substring(text.indexOf("alliance ATOP3180"), text.indexOf("alliance ATOP3180") + 200));
		assertTrue(text.contains("ended broken-early because members-fought"));

		assertEquals(EntenteCli.OK, run("validate", history.toString()), err::toString);
		Path report = folder.resolve("polarity.json");
		assertEquals(EntenteCli.OK, run("analyze", history.toString(), "--analysis", "polarity", "--years",
				"1816-2016", "--format", "json", "--out", report.toString()), err::toString);
		JsonArray series = JsonParser.parseString(Files.readString(report)).getAsJsonArray().get(0).getAsJsonObject()
				.getAsJsonArray("series");
		assertEquals(201, series.size());
		assertEquals("bipolar", series.get(1950 - 1816).getAsJsonObject().getAsJsonObject("metrics")
				.get("classification").getAsString(), "the same capabilities as the COW import");
	}

	@Test
	void theStatesAndTheAlliancesImportOnTheirOwn() throws Exception {
		Path states = folder.resolve("states.entente");
		assertEquals(EntenteCli.OK, run("import", "cow-states", data("cow/states2016.csv").toString(), "--majors",
				data("cow/majors2016.csv").toString(), "-o", states.toString()), err::toString);
		String text = Files.readString(states);
		assertTrue(text.contains("exists 1816..1945") && text.contains("exists 1990.."), text.substring(0, 500));
		Path atop = folder.resolve("atop.entente");
		assertEquals(EntenteCli.OK, run("import", "atop", data("atop/atop5_1m.csv").toString(), "--system",
				data("cow/states2016.csv").toString(), "-o", atop.toString()), err::toString);
		assertTrue(err.toString().contains("789 alliances"), err.toString());
		assertEquals(EntenteCli.OK, run("validate", atop.toString()), err::toString);
	}

	@Test
	void aBadRowKeepsTheScenarioItWouldReplace() throws Exception {
		Path scenario = Files.writeString(folder.resolve("kept.entente"), "scenario kept\n");
		Path members = Files.writeString(folder.resolve("m.csv"), "atopid,cowid,cow4id,member,cowsys,yrent,moent,"
				+ "dayent,yrexit,moexit,dayexit,phase,termmode,termcaus,defense,offense,neutral,nonagg,consul\n"
				+ "9001,,,2,1,1900,13,1,1910,5,1,1,2,1,1,0,0,0,0\n");
		assertEquals(EntenteCli.USAGE, run("import", "atop", members.toString(), "--system",
				data("cow/states2016.csv").toString(), "-o", scenario.toString()));
		assertTrue(err.toString().contains("m.csv:2: the entry date 1900-13-1 does not exist"), err.toString());
		assertEquals("scenario kept\n", Files.readString(scenario));
	}
}
