package main

import (
	"fmt"
	"sort"
)

type Counter interface {
	Inc()
	Value() int
}

type ValCounter struct{ n int }

func (c ValCounter) Value() int { return c.n }
func (c *ValCounter) Inc()      { c.n++ }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }
func (n *Names) Add(s string)      { *n = append(*n, s) }

type Adder interface{ Add(string) }

func incAll(cs []Counter) {
	for _, c := range cs {
		c.Inc()
	}
}

func main() {
	a, b := &ValCounter{}, &ValCounter{n: 10}
	cs := []Counter{a, b, a}
	incAll(cs)
	fmt.Println(a.n, b.n, cs[0].Value())
	v := ValCounter{5}
	v.Inc()
	fmt.Println(v.Value())
	var names Names
	var ad Adder = &names
	for _, s := range []string{"zed", "amy", "kim"} {
		ad.Add(s)
	}
	sort.Sort(names)
	fmt.Println(names, sort.IsSorted(names))
	var si sort.Interface = &names
	names.Add("bob")
	sort.Sort(si)
	fmt.Println(names, si.Len())
	m := map[string]*ValCounter{"x": {}}
	m["x"].Inc()
	fmt.Println(m["x"].Value())
	arr := []ValCounter{{1}, {2}}
	for i := range arr {
		arr[i].Inc()
	}
	for _, c := range arr {
		c.Inc()
	}
	fmt.Println(arr)
	f := a.Inc
	f()
	f()
	g := (*ValCounter).Value
	fmt.Println(a.n, g(a))
	_, isCounter := any(v).(Counter)
	_, ptrIsCounter := any(&v).(Counter)
	fmt.Println(isCounter, ptrIsCounter)
}
