package org.entente.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.entente.data.ImportException;
import org.entente.data.atop.AtopImporter;
import org.entente.data.atop.AtopImporter.MemberRow;
import org.entente.data.cow.CowStateSystem;
import org.entente.data.history.HistoryImport;
import org.entente.data.history.HistoryImporter;
import org.entente.model.Alliance;
import org.entente.model.EntenteFactory;
import org.entente.model.Membership;
import org.entente.model.ObligationKind;
import org.entente.model.State;
import org.entente.model.TerminationMode;
import org.entente.model.world.Years;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ATOP member file and the COW state system read row by row; bad input is refused with file and line. */
class AtopAndCowStatesImportTest {

	private static final String ATOP_HEADER = "atopid,cowid,cow4id,member,cowsys,yrent,moent,dayent,yrexit,moexit,"
			+ "dayexit,phase,termmode,termcaus,defense,offense,neutral,nonagg,consul\n";

	@TempDir
	Path folder;

	private Path file(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	private List<MemberRow> members(String rows) throws Exception {
		return AtopImporter.readMembers(file("m.csv", ATOP_HEADER + rows), new NullProgressMonitor());
	}

	private static State state(int ccode) {
		State state = EntenteFactory.eINSTANCE.createState();
		state.setName("S" + ccode);
		state.setCcode(ccode);
		return state;
	}

	@Test
	void phasesWithTheSameObligationsAreOneMembershipAndAChangeOfObligationsIsANewOne() throws Exception {
		List<MemberRow> rows = members("""
				9001,,,2,1,1900,1,1,1910,5,1,1,2,1,1,0,0,0,0
				9001,,,2,1,1910,5,1,1920,1,1,2,3,8,1,0,0,0,0
				9001,,,20,1,1900,1,1,1910,5,1,1,2,1,1,0,0,0,0
				9001,,,20,1,1910,5,1,0,0,0,2,0,0,1,0,0,0,1
				""");
		List<Alliance> alliances = AtopImporter.alliances(rows, AtopAndCowStatesImportTest::state, null);
		Alliance alliance = alliances.get(0);
		assertEquals("ATOP9001", alliance.getName());
		assertEquals(ObligationKind.DEFENSE, alliance.getObligation());
		assertEquals("1900..", Years.format(alliance.getPeriod()), "in force while a member is");
		List<Membership> first = alliance.getMemberships().stream().filter(m -> m.getState().getCcode() == 2).toList();
		assertEquals(1, first.size(), "one spell across the replaced phase");
		assertEquals("1900..1920", Years.format(first.get(0).getPeriod()));
		assertEquals(TerminationMode.BROKEN_EARLY, first.get(0).getEnding());
		List<Membership> second = alliance.getMemberships().stream().filter(m -> m.getState().getCcode() == 20)
				.toList();
		assertEquals(2, second.size(), "consultation added: a new membership");
		assertEquals(TerminationMode.REPLACED, second.get(0).getEnding());
		assertEquals(List.of(ObligationKind.DEFENSE, ObligationKind.CONSULTATION), second.get(1).getObligations());
		assertTrue(!second.get(1).isSetEnding(), "in force");
		assertNull(second.get(1).getPeriod().getTo());
	}

	@Test
	void badMemberRowsAreRefusedWithFileAndLine() throws Exception {
		ImportException missing = assertThrows(ImportException.class,
				() -> AtopImporter.readMembers(file("short.csv", "atopid,member\n1,2\n"), new NullProgressMonitor()));
		assertTrue(missing.getMessage().contains("short.csv:1: the column 'cow4id' is missing"), missing.getMessage());
		ImportException broken = assertThrows(ImportException.class,
				() -> members("9001,,,2,1,1900,1,1,1910,5,1,1,2,1,1,0,0,0,0\n9001,,,2,1,19x0\n"));
		assertTrue(broken.getMessage().contains("m.csv:3:"), broken.getMessage());
		ImportException date = assertThrows(ImportException.class,
				() -> members("9001,,,2,1,1900,2,30,1910,5,1,1,2,1,1,0,0,0,0\n"));
		assertTrue(date.getMessage().contains("m.csv:2: the entry date 1900-2-30 does not exist"), date.getMessage());
		ImportException backwards = assertThrows(ImportException.class,
				() -> members("9001,,,2,1,1900,2,3,1890,5,1,1,2,1,1,0,0,0,0\n"));
		assertTrue(backwards.getMessage().contains("leaves in 1890, before it enters in 1900"), backwards.getMessage());
		ImportException mode = assertThrows(ImportException.class,
				() -> members("9001,,,2,1,1900,2,3,1910,5,1,1,9,1,1,0,0,0,0\n"));
		assertTrue(mode.getMessage().contains("termmode 9 is not one of ATOP's codes"), mode.getMessage());
	}

	@Test
	void aMemberCowDoesNotListIsRefusedWhereAtopSaysItIsASystemMember() throws Exception {
		Path cow = folder.resolve("cow");
		Files.createDirectories(cow);
		Files.writeString(cow.resolve("states2016.csv"), "stateabb,ccode,statenme,styear,stmonth,stday,endyear,"
				+ "endmonth,endday,version\nUSA,2,United States,1816,1,1,2016,12,31,2016\n");
		Files.writeString(cow.resolve("majors2016.csv"), "stateabb,ccode,styear,stmonth,stday,endyear,endmonth,"
				+ "endday,version\n");
		Files.writeString(cow.resolve("NMC-60-abridged.csv"), "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,"
				+ "cinc,version\nUSA,2,1816,1,1,1,1,1,1,1,6\n");
		Path atop = folder.resolve("atop");
		Files.createDirectories(atop);
		Files.writeString(atop.resolve("atop5_1m.csv"), ATOP_HEADER + "9001,,,2,1,1900,1,1,1910,5,1,1,2,1,1,0,0,0,0\n"
				+ "9001,,,999,1,1900,1,1,1910,5,1,1,2,1,1,0,0,0,0\n");
		ImportException unknown = assertThrows(ImportException.class,
				() -> new HistoryImporter().read(HistoryImport.fromDataFolder(folder, 6), new NullProgressMonitor()));
		assertTrue(unknown.getMessage().contains("atop5_1m.csv:3: member 999 is not in states2016.csv"),
				unknown.getMessage());
	}

	@Test
	void theCowStateSystemKeepsEveryStateWithItsSpells() throws Exception {
		CowStateSystem system = CowStateSystem.read(HistoryImporterTest.data("cow/states2016.csv"),
				HistoryImporterTest.data("cow/majors2016.csv"));
		assertEquals(217, system.members().size());
		State germany = CowStateSystem.state(system.member(255).orElseThrow());
		assertEquals("GMY", germany.getName());
		assertEquals(List.of("1816..1945", "1990.."), germany.getExistence().stream().map(Years::format).toList());
		State usa = CowStateSystem.state(system.member(2).orElseThrow());
		assertEquals("1898..", Years.format(usa.getMajorPowerSpells().get(0)), "still a major power at the end");
		assertEquals(217, system.scenario(null).getStates().size());
	}

	@Test
	void aDateThatDoesNotExistInTheStateListIsRefused() throws Exception {
		Path states = file("states.csv", "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,"
				+ "version\nUSA,2,United States,1816,1,1,2016,12,31,2016\nCAN,20,Canada,1920,2,30,2016,12,31,2016\n");
		ImportException bad = assertThrows(ImportException.class, () -> CowStateSystem.read(states, null));
		assertTrue(bad.getMessage().contains("states.csv:3: styear/stmonth/stday 1920-2-30 is not a date"),
				bad.getMessage());
	}
}
