package fr.opiconnector.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that reads the service's configuration (--config, or the file OPI_CONFIG names) and prints through picocli. */
abstract class AvecConfiguration implements Callable<Integer> {

    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;
}
