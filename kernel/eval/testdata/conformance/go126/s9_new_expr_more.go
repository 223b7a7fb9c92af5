package main

import (
	"fmt"
	"strings"
)

type Options struct {
	Name    *string
	Limit   *int
	Verbose *bool
	Ratio   *float64
}

type point struct{ X, Y int }

func describe(o Options) string {
	var b strings.Builder
	if o.Name != nil {
		fmt.Fprintf(&b, "name=%s ", *o.Name)
	}
	if o.Limit != nil {
		fmt.Fprintf(&b, "limit=%d ", *o.Limit)
	}
	if o.Verbose != nil {
		fmt.Fprintf(&b, "verbose=%v ", *o.Verbose)
	}
	if o.Ratio != nil {
		fmt.Fprintf(&b, "ratio=%g", *o.Ratio)
	}
	return strings.TrimSpace(b.String())
}

func main() {
	fmt.Println(describe(Options{Name: new("svc"), Limit: new(10 * 3)}))
	fmt.Println(describe(Options{Verbose: new(true), Ratio: new(0.5)}))
	p := new(point{1, 2})
	p.X = 5
	fmt.Println(*p)
	s := new(fmt.Sprintf("%03d", 7))
	fmt.Println(*s)
	m := new(map[string]int{"a": 1})
	(*m)["b"] = 2
	fmt.Println(len(*m))
	var i8 = new(int8(-3))
	fmt.Printf("%T %d\n", i8, *i8)
	f := new(float32(1.5))
	fmt.Printf("%T %v\n", f, *f)
}
