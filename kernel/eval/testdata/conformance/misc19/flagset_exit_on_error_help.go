package main

import (
	"flag"
	"fmt"
	"os"
)

// -help given to a FlagSet made with flag.ExitOnError: Parse prints the
// usage (a custom Usage here) and exits with status 0; the deferred call
// of that run does not run, as with os.Exit.
func run(args []string) {
	defer fmt.Println("deferred", args)
	fs := flag.NewFlagSet("sub", flag.ExitOnError)
	v := fs.Bool("v", false, "verbose")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: sub [-v]")
		fmt.Println("usage was asked")
	}
	fs.Parse(args)
	fmt.Println("verbose", *v)
}

func main() {
	run([]string{"-v"})
	run([]string{"-help"})
	fmt.Println("not reached")
}
