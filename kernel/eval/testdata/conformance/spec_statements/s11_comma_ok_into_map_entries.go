package main

import (
	"errors"
	"fmt"
	"strconv"
)

// An assignment of a call's results, a type assertion's, a map index's or
// a receive's comma-ok pair stores into map entries on the left: the
// interpreter wrote the values into temporaries and left the maps as they
// were (vals[s], errs[s] = strconv.Atoi(s) gave two empty maps).

type P struct{ X, Y int }

func two() (P, error) { return P{1, 2}, errors.New("e") }

func main() {
	vals := map[string]int{}
	errs := map[string]error{}
	for _, s := range []string{"1", "x", "30"} {
		vals[s], errs[s] = strconv.Atoi(s)
	}
	fmt.Println(vals, len(errs), errs["x"] != nil, errs["1"] == nil)

	anys := map[any]any{}
	var ok bool
	var i any = 3
	anys["a"], ok = i.(int)
	anys[2], anys[P{}] = two()
	fmt.Println(anys["a"], ok, anys[2], anys[P{}])

	ch := make(chan P, 1)
	ch <- P{3, 4}
	ps := map[int]P{}
	ps[1], ok = <-ch
	fmt.Println(ps, ok)

	src := map[string][]int{"a": {1}}
	dst := map[string][]int{}
	dst["a"], ok = src["a"]
	dst["b"], ok = src["b"]
	fmt.Println(dst, ok, len(dst))

	var nilm map[string]int
	defer func() { fmt.Println("recovered:", recover()) }()
	nilm["a"], ok = vals["1"]
}
