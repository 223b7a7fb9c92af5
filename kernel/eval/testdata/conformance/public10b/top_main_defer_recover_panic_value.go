package main

import (
	"errors"
	"fmt"
	"os"
)

type ExitCode int

func run(steps []string) {
	for i, s := range steps {
		if s == "boom" {
			panic(fmt.Errorf("step %d: %w", i, errors.ErrUnsupported))
		}
		fmt.Println("ran", s)
	}
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			err, _ := r.(error)
			fmt.Println("main recovered:", r, errors.Is(err, errors.ErrUnsupported))
			fmt.Fprintln(os.Stderr, "exiting with 4")
			os.Exit(4)
		}
	}()
	defer fmt.Println("deferred before the panic runs first")
	run([]string{"fetch", "parse"})
	run([]string{"fetch", "boom", "never"})
	fmt.Println("unreachable")
}
