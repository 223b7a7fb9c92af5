package eval

import (
	"errors"
	"flag"
	"fmt"
	"reflect"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
)

// cellFlags makes package flag end a cell, not the kernel, where a
// program's flag package ends the program, and gives each session its own
// command line flags:
//
//   - flag.CommandLine, flag.Usage and the functions working on them
//     (flag.Int, flag.Parse, flag.VisitAll...) are the session's, in place
//     of the process's: a cell declaring `var n = flag.Int("n", 5,
//     "count")` in a second session of the process panicked "flag
//     redefined: n", and VisitAll listed the host's flags;
//   - flag.Parse parses the cells' own arguments (Args[1:], as a
//     program's os.Args[1:]; not the kernel's command line) and, on a bad
//     flag or -help, ends the cell as a program ends: SystemExit with code
//     2, or 0 for -help, after flag has printed the error and the usage;
//   - (flag.NewFlagSet(name, flag.ExitOnError) makes a set that panics
//     instead: newFlagSet, in overrides).
type cellFlags struct {
	commandLine *flag.FlagSet
	usage       func()
	args        []string
	defined     map[string]int64 // flag name -> the scope (cell) that defined it
}

// newCellFlags returns the flag set of a session whose os.Args is args.
func newCellFlags(args []string) *cellFlags {
	name := "gonotes"
	if len(args) > 0 {
		name = args[0]
	}
	c := &cellFlags{args: args, defined: map[string]int64{}}
	c.commandLine = flag.NewFlagSet(name, flag.ContinueOnError)
	c.commandLine.SetOutput(hook.Stderr())
	c.usage = func() {
		fmt.Fprintf(c.commandLine.Output(), "Usage of %s:\n", c.commandLine.Name())
		c.commandLine.PrintDefaults()
	}
	// As flag.CommandLine's: the package's Usage variable, read when
	// needed (a cell may replace it).
	c.commandLine.Usage = func() { c.usage() }
	return c
}

// redefine is called before a flag named name is defined: a flag that an
// earlier cell (or an earlier run of this cell) defined is dropped, so
// that the new definition replaces it, as a cell's declarations replace
// the earlier ones; the other flags keep their values. Defining a name
// twice in one cell panics "flag redefined", as in a Go program.
func (c *cellFlags) redefine(name string) {
	cur := int64(-1)
	if s := hook.Current(); s != nil {
		cur = s.ID
	}
	if id, ok := c.defined[name]; ok && id != cur && c.commandLine.Lookup(name) != nil {
		old := c.commandLine
		fs := flag.NewFlagSet(old.Name(), old.ErrorHandling())
		fs.SetOutput(old.Output())
		fs.Usage = old.Usage
		old.VisitAll(func(f *flag.Flag) {
			if f.Name != name {
				fs.Var(f.Value, f.Name, f.Usage)
				fs.Lookup(f.Name).DefValue = f.DefValue
			}
		})
		// The flags set so far stay set (NFlag, Visit), their values
		// given again; not those of flag.Func and BoolFunc, whose
		// functions would run again.
		old.Visit(func(f *flag.Flag) {
			if f.Name != name && reflect.TypeOf(f.Value).Kind() != reflect.Func {
				fs.Set(f.Name, f.Value.String())
			}
		})
		c.commandLine = fs
	}
	c.defined[name] = cur
}

// parse is flag.Parse: the session's arguments after the program name.
func (c *cellFlags) parse() {
	var rest []string
	if len(c.args) > 1 {
		rest = c.args[1:]
	}
	err := c.commandLine.Parse(rest)
	switch {
	case errors.Is(err, flag.ErrHelp):
		panic(exitPanic{0})
	case err != nil:
		panic(exitPanic{2})
	}
}

// symbols returns the flag package's symbols bound to c.
func (c *cellFlags) symbols() interp.Exports {
	cl := func() *flag.FlagSet { return c.commandLine }
	return interp.Exports{"flag/flag": {
		"CommandLine":   reflect.ValueOf(&c.commandLine).Elem(),
		"Usage":         reflect.ValueOf(&c.usage).Elem(),
		"Parse":         reflect.ValueOf(c.parse),
		"Parsed":        reflect.ValueOf(func() bool { return cl().Parsed() }),
		"Arg":           reflect.ValueOf(func(i int) string { return cl().Arg(i) }),
		"Args":          reflect.ValueOf(func() []string { return cl().Args() }),
		"NArg":          reflect.ValueOf(func() int { return cl().NArg() }),
		"NFlag":         reflect.ValueOf(func() int { return cl().NFlag() }),
		"Lookup":        reflect.ValueOf(func(name string) *flag.Flag { return cl().Lookup(name) }),
		"Set":           reflect.ValueOf(func(name, value string) error { return cl().Set(name, value) }),
		"Visit":         reflect.ValueOf(func(fn func(*flag.Flag)) { cl().Visit(fn) }),
		"VisitAll":      reflect.ValueOf(func(fn func(*flag.Flag)) { cl().VisitAll(fn) }),
		"PrintDefaults": reflect.ValueOf(func() { cl().PrintDefaults() }),
		"Var": reflect.ValueOf(func(v flag.Value, name, usage string) {
			c.redefine(name)
			cl().Var(v, name, usage)
		}),
		"TextVar": reflect.ValueOf(func(p interface {
			MarshalText() ([]byte, error)
			UnmarshalText([]byte) error
		}, name string, value interface{ MarshalText() ([]byte, error) }, usage string) {
			c.redefine(name)
			cl().TextVar(p, name, value, usage)
		}),
		"Func": reflect.ValueOf(func(name, usage string, fn func(string) error) {
			c.redefine(name)
			cl().Func(name, usage, fn)
		}),
		"BoolFunc": reflect.ValueOf(func(name, usage string, fn func(string) error) {
			c.redefine(name)
			cl().BoolFunc(name, usage, fn)
		}),
		"Bool": reflect.ValueOf(func(name string, value bool, usage string) *bool {
			c.redefine(name)
			return cl().Bool(name, value, usage)
		}),
		"BoolVar": reflect.ValueOf(func(p *bool, name string, value bool, usage string) {
			c.redefine(name)
			cl().BoolVar(p, name, value, usage)
		}),
		"Int": reflect.ValueOf(func(name string, value int, usage string) *int {
			c.redefine(name)
			return cl().Int(name, value, usage)
		}),
		"IntVar": reflect.ValueOf(func(p *int, name string, value int, usage string) {
			c.redefine(name)
			cl().IntVar(p, name, value, usage)
		}),
		"Int64": reflect.ValueOf(func(name string, value int64, usage string) *int64 {
			c.redefine(name)
			return cl().Int64(name, value, usage)
		}),
		"Int64Var": reflect.ValueOf(func(p *int64, name string, value int64, usage string) {
			c.redefine(name)
			cl().Int64Var(p, name, value, usage)
		}),
		"Uint": reflect.ValueOf(func(name string, value uint, usage string) *uint {
			c.redefine(name)
			return cl().Uint(name, value, usage)
		}),
		"UintVar": reflect.ValueOf(func(p *uint, name string, value uint, usage string) {
			c.redefine(name)
			cl().UintVar(p, name, value, usage)
		}),
		"Uint64": reflect.ValueOf(func(name string, value uint64, usage string) *uint64 {
			c.redefine(name)
			return cl().Uint64(name, value, usage)
		}),
		"Uint64Var": reflect.ValueOf(func(p *uint64, name string, value uint64, usage string) {
			c.redefine(name)
			cl().Uint64Var(p, name, value, usage)
		}),
		"String": reflect.ValueOf(func(name, value, usage string) *string {
			c.redefine(name)
			return cl().String(name, value, usage)
		}),
		"StringVar": reflect.ValueOf(func(p *string, name, value, usage string) {
			c.redefine(name)
			cl().StringVar(p, name, value, usage)
		}),
		"Float64": reflect.ValueOf(func(name string, value float64, usage string) *float64 {
			c.redefine(name)
			return cl().Float64(name, value, usage)
		}),
		"Float64Var": reflect.ValueOf(func(p *float64, name string, value float64, usage string) {
			c.redefine(name)
			cl().Float64Var(p, name, value, usage)
		}),
		"Duration": reflect.ValueOf(func(name string, value time.Duration, usage string) *time.Duration {
			c.redefine(name)
			return cl().Duration(name, value, usage)
		}),
		"DurationVar": reflect.ValueOf(func(p *time.Duration, name string, value time.Duration, usage string) {
			c.redefine(name)
			cl().DurationVar(p, name, value, usage)
		}),
	}}
}
