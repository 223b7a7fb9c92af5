package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrFatal = errors.New("fatal config")

func run(step int) error {
	if step == 3 {
		return fmt.Errorf("step %d: %w", step, ErrFatal)
	}
	return nil
}

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main recovered:", r)
			os.Exit(3)
		}
	}()
	for i := 1; i <= 5; i++ {
		if err := run(i); err != nil {
			fmt.Fprintln(os.Stderr, "error:", err)
			panic(err)
		}
		fmt.Println("step", i, "ok")
	}
}
