package org.entente.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.entente.data.ImportException;
import org.entente.data.reliability.ReliabilityCases;
import org.entente.data.reliability.ReliabilityCases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Berkemeier and Fuhrmann's cases read as the authors count them (the figures their do-file comments give, quoted in
 * the data README), with war years from the names; broken rows refused with file and line.
 */
class ReliabilityCasesTest {

	@TempDir
	Path folder;

	private static Path data() {
		return Path.of(System.getProperty("entente.data", "../../../shared/data"), "reliability",
				"berkemeier_fuhrmann_2018.csv");
	}

	@Test
	void thePerformanceCasesAreTheAuthors() throws Exception {
		List<Case> cases = ReliabilityCases.read(data());
		assertEquals(146, cases.size());
		assertEquals(73, cases.stream().filter(c -> !c.violated()).count());
		List<Case> early = cases.stream().filter(Case::early).toList();
		assertEquals(92, early.size());
		assertEquals(61, early.stream().filter(c -> !c.violated()).count());
		assertEquals(12, cases.stream().filter(c -> !c.early() && !c.violated()).count());
		// The authors' sample is 1816-1944 against 1945-2003 by the years of war; four alliances signed in 1945 are
		// in the later sample for the Second World War.
		assertEquals(List.of(3005, 3010, 3020, 3030), cases.stream().filter(c -> c.early() != (c.warYear() <= 1944))
				.map(Case::atopId).toList());
		assertTrue(cases.stream().allMatch(c -> c.warEnd() >= c.warYear() && c.warEnd() - c.warYear() <= 6));
		assertEquals(List.of(true), outcomes(cases, "WorldWarI", 1350));
		assertEquals(List.of(false), outcomes(cases, "WorldWarI", 1385));
		assertEquals(List.of(true), outcomes(cases, "WorldWarII", 2470));
		assertEquals(List.of(false), outcomes(cases, "Russo-Japanese1904-1905", 1415));
		assertEquals(1914, cases.stream().filter(c -> c.war().equals("WorldWarI")).findFirst().orElseThrow().warYear());
		Case franceTurkey = cases.stream().filter(c -> c.war().startsWith("France-Turkey")).findFirst().orElseThrow();
		assertEquals(List.of(1919, 1921), List.of(franceTurkey.warYear(), franceTurkey.warEnd()));
		Case badme = cases.stream().filter(c -> c.war().startsWith("Badme")).findFirst().orElseThrow();
		assertEquals(List.of(1998, 2001), List.of(badme.warYear(), badme.warEnd()));
	}

	private static List<Boolean> outcomes(List<Case> cases, String war, int atopId) {
		return cases.stream().filter(c -> c.war().equals(war) && c.atopId() == atopId).map(Case::violated).toList();
	}

	@Test
	void brokenRowsAreRefusedWithFileAndLine() throws Exception {
		String header = "sample,warid,atopid,warname,honorLLM,violateLLM\n";
		assertProblem(header + "1,4,1020,Crimean1853,1,\n1,4,1020,Crimean1853,1,1\n", ":3: the case is coded both");
		assertProblem(header + "1,4,1020,Crimean1853,2,\n", ":2: honorLLM '2' is neither 1 nor empty");
		assertProblem(header + "1,4,1020,Crimean,1,\n", ":2: the war name 'Crimean' holds no year");
		assertProblem(header + "1,4,x,Crimean1853,1,\n", ":2: atopid 'x' is not a whole number");
		assertProblem("sample,warid,warname,honorLLM,violateLLM\n", ":1: the column 'atopid' is missing");
		// Not a performance case: neither honored nor violated, and not read further.
		Path skipped = folder.resolve("skipped.csv");
		Files.writeString(skipped, header + "1,4,1020,Crimean,,\n");
		assertEquals(List.of(), ReliabilityCases.read(skipped));
	}

	private void assertProblem(String text, String expected) throws Exception {
		Path file = folder.resolve("cases.csv");
		Files.writeString(file, text);
		ImportException problem = assertThrows(ImportException.class, () -> ReliabilityCases.read(file));
		assertTrue(problem.getMessage().startsWith(file.toString()), problem.getMessage());
		assertTrue(problem.getMessage().contains(expected), problem.getMessage());
	}
}
