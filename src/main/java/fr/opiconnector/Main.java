package fr.opiconnector;

import fr.opiconnector.cli.OpiConnectorCommand;

/** Entry point: java -jar opi-connector.jar [command]; with no command, serve. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String[] arguments = args.length == 0 ? new String[] {"serve"} : args;
        if (!"serve".equals(arguments[0])) {
            // Command-line tools print their result on stdout: keep the connector's logs out of it.
            System.setProperty("opi.log.level", "WARN");
            System.setProperty("opi.log.target", "System.err");
        }
        System.exit(OpiConnectorCommand.executer(arguments));
    }
}
