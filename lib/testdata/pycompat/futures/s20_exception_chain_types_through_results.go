package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/futures"
)

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Errorf("ValueError: invalid literal for int() with base 10: '%s'", s))
	}
	return n
}

func lookup(d map[string]int, k string) int {
	v, ok := d[k]
	if !ok {
		panic(fmt.Errorf("KeyError: '%s'", k))
	}
	return v
}

func index(xs []int, i int) int {
	if i >= len(xs) {
		panic(errors.New("IndexError: list index out of range"))
	}
	return xs[i]
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	fs := []*futures.Future{
		ex.Submit(func() any { return parse("12") }),
		ex.Submit(func() any { return parse("x1") }),
		ex.Submit(func() any { return lookup(map[string]int{"a": 1}, "b") }),
		ex.Submit(func() any { return index([]int{1}, 5) }),
		ex.Submit(func() any { return lookup(map[string]int{"a": 1}, "a") }),
	}
	for _, f := range fs {
		if err := f.Exception(); err != nil {
			fmt.Println(err)
		} else {
			r, _ := f.Result()
			fmt.Println("ok", r)
		}
	}
	ex.Shutdown(true, false)
}
