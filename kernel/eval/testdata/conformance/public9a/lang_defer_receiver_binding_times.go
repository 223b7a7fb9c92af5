package main

import "fmt"

type C struct {
	n   int
	tag string
}

func (c C) Show(prefix string)   { fmt.Println(prefix, c.n, c.tag) }
func (c *C) ShowP(prefix string) { fmt.Println(prefix, c.n, c.tag) }
func (c *C) Inc()                { c.n++ }

type Outer struct {
	C
	extra int
}
type Shower interface{ Show(string) }

func run() {
	c := C{1, "a"}
	defer c.Show("deferred value")
	defer c.ShowP("deferred ptr")
	o := Outer{C{5, "o"}, 0}
	defer o.Show("deferred promoted value")
	defer o.ShowP("deferred promoted ptr")
	var s Shower = &c
	defer s.Show("deferred iface ptr")
	var s2 Shower = o
	defer s2.Show("deferred iface value")
	c.n, c.tag = 2, "b"
	o.n = 6
}
func main() {
	run()
	s := []C{{1, "x"}}
	inc := s[0].Inc
	s = append(s, C{2, "y"}, C{3, "z"})
	inc()
	fmt.Println(s[0].n)
	m := map[string]C{"k": {7, "m"}}
	show := m["k"].Show
	m["k"] = C{8, "m2"}
	show("map method value")
	o := Outer{C{1, "i"}, 0}
	f := o.C.Show
	g := o.ShowP
	o.n = 50
	f("embedded value")
	g("embedded ptr")
	arr := [2]C{{1, "a0"}, {2, "a1"}}
	h := arr[1].Show
	hp := arr[1].ShowP
	arr[1].n = 20
	h("arr value")
	hp("arr ptr")
	ps := &arr
	k := ps[0].Show
	ps[0].n = 10
	k("via ptr to array")
	for i, c := range arr {
		defer c.Show(fmt.Sprint("loop ", i))
		defer arr[i].ShowP(fmt.Sprint("loop ptr ", i))
	}
	arr[0].n, arr[1].n = -1, -2
}
