package main

import (
	"errors"
	"fmt"
	"iter"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("countdown cleanup")
		for i := n; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

var errZero = errors.New("zero reached")

func consume() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	sum := 0
	for v := range Countdown(3) {
		if v == 0 {
			panic(errZero)
		}
		sum += 100 / v
		fmt.Println("sum", sum)
	}
	return nil
}

func safeIter() iter.Seq[string] {
	return func(yield func(string) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("iterator saw panic:", r)
				panic(r)
			}
		}()
		yield("x")
		yield("y")
	}
}

func main() {
	err := consume()
	fmt.Println(err, errors.Is(err, errZero))
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		for s := range safeIter() {
			if s == "y" {
				panic("boom at " + s)
			}
			fmt.Println("got", s)
		}
	}()
}
