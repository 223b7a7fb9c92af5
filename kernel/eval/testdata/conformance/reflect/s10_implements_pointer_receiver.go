package main

import (
	"fmt"
	"reflect"
)

type Resetter interface{ Reset() }

type Counter struct{ n int }

func (c *Counter) Reset() { c.n = 0 }

type Gauge struct{ v float64 }

func (g Gauge) Reset() {}

func main() {
	rt := reflect.TypeFor[Resetter]()
	for _, v := range []any{Counter{}, &Counter{}, Gauge{}, &Gauge{}} {
		t := reflect.TypeOf(v)
		fmt.Println(t, t.Implements(rt), t.AssignableTo(rt), t.ConvertibleTo(rt))
	}
}
