package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

var (
	n       = flag.Int("n", 5, "count")
	name    = flag.String("name", "world", "who")
	verbose bool
	wait    time.Duration
)

type csv []string

func (c *csv) String() string     { return strings.Join(*c, ",") }
func (c *csv) Set(s string) error { *c = strings.Split(s, ","); return nil }

func init() {
	flag.BoolVar(&verbose, "v", false, "verbose")
	flag.DurationVar(&wait, "wait", 2*time.Second, "wait")
}

func main() {
	var cols csv
	flag.Var(&cols, "cols", "columns")
	flag.Func("level", "log level", func(s string) error { return nil })
	flag.Parse()
	fmt.Println(*n, *name, verbose, wait, cols, flag.Parsed(), flag.NArg(), flag.Args(), flag.NFlag())
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("%s=%q default %q: %s\n", f.Name, f.Value, f.DefValue, f.Usage) })
	fmt.Println(flag.Set("n", "9"), *n, flag.Lookup("n").Value, flag.Lookup("nope") == nil)
	fmt.Println(flag.Set("missing", "1"))
	fmt.Println(flag.CommandLine.Lookup("v").Name)
}
