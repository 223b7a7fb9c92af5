package main

import (
	"errors"
	"fmt"
)

type Stage int

func (s Stage) String() string { return fmt.Sprintf("stage-%d", int(s)) }

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "saw:", r)
		panic(fmt.Errorf("%s failed after %v: %w", name, r, errors.ErrUnsupported))
	}
}

func step() {
	defer cleanup("step")
	panic(Stage(3))
}

func main() {
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("outer:", err, errors.Is(err, errors.ErrUnsupported))
		}()
		step()
	}()
	defer fmt.Println("main deferred print")
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprint("final: ", r))
	}()
	step()
}
