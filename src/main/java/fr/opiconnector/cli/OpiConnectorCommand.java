package fr.opiconnector.cli;

import fr.opiconnector.config.ConfigurationException;
import fr.opiconnector.common.Utf8File;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The connector's command line. */
@Command(name = "opi-connector",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Receives Parcoursup OPIs on Apogée's OpiMetier SOAP contract, keeps them in a database and serves "
                + "them to the registration application.",
        subcommands = {ServeCommand.class, MigrateCommand.class, DossierCommand.class, InscriptionCommand.class,
            LaissezPasserCommand.class, AAnnulerCommand.class, InscriptionsCommand.class, FormationsCommand.class,
            TesterConnecteurCommand.class, RemonteesCommand.class, StatutCommand.class, HashPasswordCommand.class,
            ConfigCommand.class, BenchCommand.class, ComptesCommand.class, SendCommand.class,
            ExportCommand.class, PurgeCommand.class})
public final class OpiConnectorCommand {

    /** Runs a command line; returns the exit status. A configuration error is one line on stderr, status 2. */
    public static int executer(String... arguments) {
        return executer(new PrintWriter(System.out, true), new PrintWriter(System.err, true), arguments);
    }

    public static int executer(PrintWriter out, PrintWriter err, String... arguments) {
        CommandLine ligne = new CommandLine(new OpiConnectorCommand());
        ligne.addSubcommand("help", new CommandLine.HelpCommand());
        aideSurChaqueCommande(ligne);
        ligne.setOut(out);
        ligne.setErr(err);
        ligne.setExecutionExceptionHandler((exception, commande, resultat) -> {
            if (exception instanceof ConfigurationException || exception instanceof Utf8File.FichierIllisibleException) {
                commande.getErr().println("opi-connector: " + exception.getMessage());
                return 2;
            }
            throw exception;
        });
        return ligne.execute(arguments);
    }

    /** -h/--help (and -V/--version) on every command and subcommand, not only on those that declare them. */
    private static void aideSurChaqueCommande(CommandLine commande) {
        commande.getCommandSpec().mixinStandardHelpOptions(true);
        commande.getSubcommands().values().forEach(OpiConnectorCommand::aideSurChaqueCommande);
    }
}
