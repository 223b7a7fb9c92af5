package main

import (
	"fmt"
	"os"
)

type validator func(string) error

func run(args []string, checks ...validator) int {
	bad := 0
	for _, a := range args {
		for _, c := range checks {
			if err := c(a); err != nil {
				fmt.Fprintf(os.Stderr, "invalid %q: %v\n", a, err)
				bad++
				break
			}
		}
	}
	return bad
}

func main() {
	defer fmt.Println("this defer does not run on os.Exit")
	notEmpty := func(s string) error {
		if s == "" {
			return fmt.Errorf("empty")
		}
		return nil
	}
	short := func(s string) error {
		if len(s) > 5 {
			return fmt.Errorf("too long (%d)", len(s))
		}
		return nil
	}
	n := run([]string{"ok", "", "toolongvalue", "fine"}, notEmpty, short)
	fmt.Println("bad:", n)
	if n > 0 {
		os.Exit(n + 1)
	}
}
