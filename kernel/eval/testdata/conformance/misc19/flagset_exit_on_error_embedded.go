package main

import (
	"flag"
	"fmt"
)

// A subcommand type embedding a *flag.FlagSet made with flag.ExitOnError:
// its promoted Parse, given a bad flag, prints the error and the usage and
// exits with status 2.
type command struct {
	*flag.FlagSet
	verbose *bool
}

func newCommand(name string) *command {
	fs := flag.NewFlagSet(name, flag.ExitOnError)
	return &command{FlagSet: fs, verbose: fs.Bool("v", false, "verbose")}
}

func main() {
	c := newCommand("build")
	fmt.Println(c.Parse([]string{"-v", "pkg"}), *c.verbose, c.Args())
	c.Parse([]string{"-x"})
	fmt.Println("not reached")
}
