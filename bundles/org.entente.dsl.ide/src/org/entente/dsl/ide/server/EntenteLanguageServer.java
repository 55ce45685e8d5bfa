package org.entente.dsl.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.entente.dsl.EntenteFiles;
import org.entente.dsl.ide.EntenteIdeSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * A language server for {@code .entente} files over standard input and output, for editors outside Eclipse (VS Code,
 * Neovim, Emacs...). It serves the same Xtext services as the Entente workbench: diagnostics, completion, hover,
 * document symbols, formatting, rename and code actions. See {@code docs/language-server.md}.
 */
public final class EntenteLanguageServer {

	private EntenteLanguageServer() {
	}

	/** Starts the server on standard input/output and returns when the client disconnects. */
	public static void main(String[] args) throws InterruptedException, ExecutionException {
		run(System.in, System.out);
	}

	/** Serves one client on the given streams until it disconnects. */
	public static void run(InputStream in, OutputStream out) throws InterruptedException, ExecutionException {
		LanguageServerImpl server = createInjector().getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> launcher = Launcher.createLauncher(server, LanguageClient.class, in, out);
		server.connect(launcher.getRemoteProxy());
		launcher.startListening().get();
	}

	/**
	 * The server's injector, with the Entente language registered directly rather than found by
	 * {@link java.util.ServiceLoader}: inside OSGi, service files of other bundles are not visible.
	 */
	public static Injector createInjector() {
		return createInjector(new ServerModule());
	}

	/** An injector over the given server module (Xtext's {@link ServerModule} or an override of it). */
	public static Injector createInjector(com.google.inject.Module serverModule) {
		return Guice.createInjector(Modules.override(serverModule)
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry())));
	}

	/** A registry that knows the Entente language by its file extension. */
	public static IResourceServiceProvider.Registry registry() {
		IResourceServiceProvider provider = new EntenteIdeSetup().createInjectorAndDoEMFRegistration()
				.getInstance(IResourceServiceProvider.class);
		ResourceServiceProviderRegistryImpl registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put(EntenteFiles.EXTENSION, provider);
		return registry;
	}
}
