package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(d *multiprocessing.DictProxy) {
	d.Update(map[string]any{"a": 1, "b": 2})
	d.Set("c", []any{1, 2})
	d.Set("a", d.Get("a").(int)+10)
}

func py(v any) string {
	if l, ok := v.([]any); ok {
		var s []string
		for _, x := range l {
			s = append(s, fmt.Sprint(x))
		}
		return "[" + strings.Join(s, ", ") + "]"
	}
	return fmt.Sprint(v)
}

func main() {
	multiprocessing.Main(fill)
	m := multiprocessing.NewManager()
	d := m.Dict()
	p := &multiprocessing.Process{Target: fill, Args: []any{d}}
	p.Start()
	p.Join()
	var items []string
	for _, kv := range d.Items() {
		items = append(items, fmt.Sprintf("('%v', %s)", kv[0], py(kv[1])))
	}
	sort.Strings(items)
	dflt, ok := d.Lookup("zz")
	if !ok {
		dflt = "default"
	}
	fmt.Printf("[%s] %d %s None %v\n", strings.Join(items, ", "), d.Len(), pyBool(d.Has("a")), dflt)
	b, _ := d.Pop("b")
	var keys []string
	for _, k := range d.Keys() {
		keys = append(keys, fmt.Sprintf("'%v'", k))
	}
	sort.Strings(keys)
	fmt.Println(b, "["+strings.Join(keys, ", ")+"]")
	if _, ok := d.Lookup("nope"); !ok {
		fmt.Println("KeyError: 'nope'")
	}
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
