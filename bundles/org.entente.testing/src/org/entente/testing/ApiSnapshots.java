package org.entente.testing;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The public API of a bundle (the given exported packages) must not change without a version bump: its signatures
 * are compared with the snapshot in {@code api/BUNDLE.api} of the test bundle, which records the bundle version it was
 * taken at. A change with the same major.minor version is a problem; after raising the bundle version, regenerate the
 * snapshot with {@code -Dentente.api.update=true} (the test bundle's pom passes the folder and the flag).
 */
public final class ApiSnapshots {

	private ApiSnapshots() {
	}

	/**
	 * Compares (or, with {@code -Dentente.api.update=true}, rewrites) the snapshot of {@code bundleId}'s packages.
	 *
	 * @return the problems, empty when the API matches its snapshot
	 */
	public static List<String> check(String bundleId, String... packages) throws Exception {
		Path folder = Path.of(System.getProperty("entente.api.snapshots", "api"));
		boolean update = Boolean.getBoolean("entente.api.update");
		List<String> problems = new ArrayList<>();
		Bundle bundle = Platform.getBundle(bundleId);
		if (bundle == null) {
			return List.of(bundleId + " is not installed");
		}
		Version version = bundle.getVersion();
		List<String> signatures = new ArrayList<>();
		signatures.add("# " + bundleId + " " + version.getMajor() + "." + version.getMinor());
		for (String packageName : packages) {
			signatures.addAll(signatures(bundle, packageName));
		}
		Path snapshot = folder.resolve(bundleId + ".api");
		if (update) {
			Files.createDirectories(folder);
			Files.write(snapshot, signatures);
			return problems;
		}
		if (!Files.exists(snapshot)) {
			return List.of(bundleId + ": no API snapshot at " + snapshot + "; create it with -Dentente.api.update=true");
		}
		List<String> recorded = Files.readAllLines(snapshot);
		if (recorded.equals(signatures)) {
			return problems;
		}
		if (recorded.get(0).equals(signatures.get(0))) {
			List<String> added = new ArrayList<>(signatures);
			added.removeAll(recorded);
			List<String> removed = new ArrayList<>(recorded);
			removed.removeAll(signatures);
			problems.add(bundleId + ": the API changed but the bundle version is still " + version.getMajor() + "."
					+ version.getMinor() + ". Raise the minor version (additions) or the major version (changes),"
					+ " then update the snapshot with -Dentente.api.update=true.\n  added: " + added
					+ "\n  removed: " + removed);
		} else {
			problems.add(bundleId + ": the version was raised to " + version + "; update the API snapshot with "
					+ "-Dentente.api.update=true");
		}
		return problems;
	}

	private static List<String> signatures(Bundle bundle, String packageName) throws ClassNotFoundException {
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		Collection<String> resources = wiring.listResources("/" + packageName.replace('.', '/'), "*.class", 0);
		TreeSet<String> lines = new TreeSet<>();
		for (String resource : resources) {
			String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
			Class<?> type = bundle.loadClass(className);
			if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass() || type.isSynthetic()) {
				continue;
			}
			String name = type.getName();
			lines.add(name + " : " + Modifier.toString(type.getModifiers() & ~Modifier.SYNCHRONIZED) + " "
					+ (type.getSuperclass() == null ? "" : "extends " + type.getSuperclass().getName()) + " implements "
					+ Arrays.stream(type.getInterfaces()).map(Class::getName).sorted().collect(Collectors.joining(",")));
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				if (visible(constructor.getModifiers())) {
					lines.add(name + " : new(" + params(constructor.getParameterTypes()) + ")");
				}
			}
			for (Method method : type.getDeclaredMethods()) {
				if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
					lines.add(name + " : " + Modifier.toString(method.getModifiers() & (Modifier.STATIC | Modifier.ABSTRACT))
							+ " " + method.getReturnType().getTypeName() + " " + method.getName() + "("
							+ params(method.getParameterTypes()) + ")");
				}
			}
			for (Field field : type.getDeclaredFields()) {
				if (visible(field.getModifiers()) && !field.isSynthetic()) {
					lines.add(name + " : field " + field.getType().getTypeName() + " " + field.getName());
				}
			}
		}
		return new ArrayList<>(lines);
	}

	private static boolean visible(int modifiers) {
		return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
	}

	private static String params(Class<?>[] types) {
		return Arrays.stream(types).map(Class::getTypeName).collect(Collectors.joining(","));
	}
}
