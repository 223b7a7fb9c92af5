package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func keys(d *multiprocessing.DictProxy) string {
	var ks []string
	for _, k := range d.Keys() {
		ks = append(ks, "'"+k.(string)+"'")
	}
	return "[" + strings.Join(ks, ", ") + "]"
}

func items(d *multiprocessing.DictProxy) string {
	var ps []string
	for _, kv := range d.Items() {
		ps = append(ps, fmt.Sprintf("('%s', %v)", kv[0], kv[1]))
	}
	return "[" + strings.Join(ps, ", ") + "]"
}

func main() {
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	d := m.Dict()
	for _, k := range []string{"zeta", "alpha", "mid"} {
		d.Set(k, len(k))
	}
	var vs []string
	for _, v := range d.Values() {
		vs = append(vs, fmt.Sprint(v))
	}
	fmt.Println(keys(d), "["+strings.Join(vs, ", ")+"]", items(d))
	d.Delete("zeta")
	d.Set("zeta", 0)
	d.Set("alpha", 99)
	fmt.Println(keys(d), d)
	d.Update([][]any{{"new", 1}, {"alpha", 5}, {"beta", 2}})
	fmt.Println(items(d), d.Len())
	// Python's {"omega": 9, "gamma": 7} keeps the literal's order; a Go
	// map has none, so its new keys come in sorted order: write the pairs.
	d.Update([][]any{{"omega", 9}, {"gamma", 7}})
	fmt.Println(keys(d))
	if err := d.Update([][]any{{"bad", 1, 2}}); err != nil {
		fmt.Println(err)
	}
	mid, _ := d.Pop("mid")
	missing := any("default")
	if v, ok := d.Pop("missing"); ok {
		missing = v
	}
	fmt.Println(mid, missing, keys(d))
	fmt.Println(d)
}
