package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	d := m.Dict()
	d.Set("a", 1)
	d.Update(map[string]any{"b": 2, "c": 3})
	fmt.Println(d.SetDefault("a", 100), d.SetDefault("z", 26))
	b, _ := d.Pop("b")
	dflt := "dflt"
	if v, ok := d.Pop("missing"); ok {
		dflt = fmt.Sprint(v)
	}
	fmt.Println(b, dflt, d.Len())
	var ks []string
	var vs []int
	for _, k := range d.Keys() {
		ks = append(ks, k.(string))
		v, _ := d.Lookup(k)
		vs = append(vs, v.(int))
	}
	sort.Strings(ks)
	sort.Ints(vs)
	_, hasC := d.Lookup("c")
	fmt.Println("['"+strings.Join(ks, "', '")+"']", strings.ReplaceAll(fmt.Sprint(vs), " ", ", "), map[bool]string{true: "True", false: "False"}[hasC], "None")
	if _, ok := d.Lookup("nope"); !ok {
		fmt.Println("KeyError:", "'nope'")
	}
	d.Clear()
	fmt.Println(d.Len(), "{}")
}
