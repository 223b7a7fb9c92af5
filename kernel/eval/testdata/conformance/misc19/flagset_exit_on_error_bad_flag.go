package main

import (
	"flag"
	"fmt"
)

// A FlagSet made with flag.ExitOnError given a flag it does not define:
// Parse prints the error and the usage on stderr and exits with status 2.
func main() {
	fs := flag.NewFlagSet("tool", flag.ExitOnError)
	n := fs.Int("n", 1, "how many")
	name := fs.String("name", "x", "the `label` to use")
	fmt.Println(fs.Parse([]string{"-n", "7", "rest"}), *n, *name, fs.Args())
	fmt.Println(fs.ErrorHandling() == flag.ExitOnError || fs.ErrorHandling() == flag.PanicOnError)
	fs.Parse([]string{"-bad"})
	fmt.Println("not reached")
}
