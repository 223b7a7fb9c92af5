package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func div(a, b int) float64 {
	if b == 0 {
		panic(errors.New("ZeroDivisionError: division by zero"))
	}
	return float64(a) / float64(b)
}

func lookup(d map[string]int, k string) int {
	v, ok := d[k]
	if !ok {
		panic(fmt.Errorf("KeyError: '%s'", k))
	}
	return v
}

func float(v any) string {
	s := fmt.Sprint(v)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func main() {
	multiprocessing.Main(div, lookup)
	pool := multiprocessing.NewPool(1)
	a, _ := pool.Apply(div, 7, 2)
	b, _ := pool.Apply(lookup, map[string]int{"x": 1}, "x")
	fmt.Println(float(a), b)
	if _, err := pool.Apply(div, 1, 0); err != nil {
		kind, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(kind, msg)
	}
	if _, err := pool.Apply(lookup, map[string]int{}, "nope"); err != nil {
		kind, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(kind, msg)
	}
	c, _ := pool.Apply(div, 9, 3)
	fmt.Println(float(c))
	pool.Terminate()
}
