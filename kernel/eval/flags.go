package eval

import (
	"errors"
	"flag"
	"reflect"

	"github.com/traefik/yaegi/interp"
)

// flagOverrides makes package flag end a cell, not the kernel, where a
// program's flag package ends the program: a flag set made with
// flag.ExitOnError calls os.Exit on a bad flag, and the compiled os.Exit
// is not the cells' (overrides).
//
//   - flag.Parse parses the cells' own arguments (args[1:], as a program's
//     os.Args[1:]; not the kernel's command line) and, on a bad flag or
//     -help, ends the cell as a program ends: SystemExit with code 2, or 0
//     for -help, after flag has printed the error and the usage;
//   - (flag.NewFlagSet(name, flag.ExitOnError) makes a set that panics
//     instead: newFlagSet, in overrides);
//   - flag.CommandLine is named args[0] and panics instead of exiting too,
//     for a cell that calls flag.CommandLine.Parse itself.
func flagOverrides(args []string) interp.Exports {
	name := "gonotes"
	if len(args) > 0 {
		name = args[0]
	}
	if flag.CommandLine.ErrorHandling() == flag.ExitOnError {
		flag.CommandLine.Init(name, flag.PanicOnError)
	}
	parse := func() {
		var rest []string
		if len(args) > 1 {
			rest = args[1:]
		}
		defer func() {
			r := recover()
			if r == nil {
				return
			}
			if err, ok := r.(error); ok && flag.CommandLine.ErrorHandling() == flag.PanicOnError {
				if errors.Is(err, flag.ErrHelp) {
					panic(exitPanic{0})
				}
				panic(exitPanic{2})
			}
			panic(r)
		}()
		_ = flag.CommandLine.Parse(rest)
	}
	return interp.Exports{
		"flag/flag": {
			"Parse": reflect.ValueOf(parse),
		},
	}
}
