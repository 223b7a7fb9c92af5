package main

import (
	"errors"
	"fmt"
)

func level3() {
	defer fmt.Println("level3 deferred")
	panic("boom")
}

func level2() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level2 caught: %v", r)
		}
	}()
	level3()
	return nil
}

func level1() {
	defer func() {
		r := recover()
		fmt.Println("level1 recovered:", r)
	}()
	defer func() {
		panic(errors.New("second panic"))
	}()
	fmt.Println(level2())
	panic("first panic")
}

func main() {
	level1()
	fmt.Println("recover in a nested func call does nothing:", helper())
}

func helper() (s string) {
	defer func() {
		func() {
			if r := recover(); r != nil {
				s = "caught in nested"
			}
		}()
		if r := recover(); r != nil {
			s = fmt.Sprint("caught directly: ", r)
		}
	}()
	panic("x")
}
