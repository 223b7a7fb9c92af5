package main

import (
	"flag"
	"fmt"
	"strings"
)

// A bad value for a flag of a FlagSet made with flag.ExitOnError (a
// flag.Func returning an error, an int that is not one): exit status 2
// after the error and the usage; the subcommand style of a CLI.
func main() {
	add := flag.NewFlagSet("add", flag.ExitOnError)
	var tags []string
	add.Func("tag", "a tag (no spaces)", func(s string) error {
		if strings.Contains(s, " ") {
			return fmt.Errorf("tag %q has a space", s)
		}
		tags = append(tags, s)
		return nil
	})
	count := add.Int("count", 1, "copies")
	for _, args := range [][]string{
		{"-tag", "a", "-tag", "b", "-count", "2"},
		{"-tag", "a b"},
	} {
		err := add.Parse(args)
		fmt.Println(err, tags, *count)
	}
	fmt.Println("not reached")
}
