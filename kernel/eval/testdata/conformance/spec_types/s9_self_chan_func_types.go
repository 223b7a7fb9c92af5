package main

import (
	"fmt"
	"reflect"
)

type C chan C

type F func(F) F

type State func(*int) State

func main() {
	c := make(C, 1)
	c <- c
	d := <-c
	fmt.Println(d == c, cap(d), reflect.TypeOf(d).Elem() == reflect.TypeOf(c))
	fmt.Printf("%T %v\n", c, reflect.TypeOf(c).ChanDir())

	n := 0
	var count F
	count = func(g F) F {
		n++
		if n < 3 {
			return g(g)
		}
		return nil
	}
	fmt.Println(count(count) == nil, n)

	var inc, stop State
	inc = func(i *int) State {
		*i++
		if *i >= 5 {
			return stop
		}
		return inc
	}
	stop = func(i *int) State { return nil }
	i := 0
	for s := inc; s != nil; s = s(&i) {
	}
	fmt.Println(i)
}
