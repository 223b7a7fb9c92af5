package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	d := m.Dict()
	d.Set("a", 1)
	if _, ok := d.Lookup("missing"); !ok {
		fmt.Println("KeyError: 'missing'")
	}
	if _, ok := d.Pop("missing"); !ok {
		fmt.Println("KeyError: 'missing'")
	}
	v, ok := d.Pop("missing")
	if !ok {
		v = "dflt"
	}
	g, ok := d.Lookup("missing")
	if !ok {
		g = 0
	}
	if _, ok := d.Lookup("b"); !ok {
		d.Set("b", 2)
	}
	fmt.Println(v, g, d.Get("b"), d)
	m.Shutdown()
}
