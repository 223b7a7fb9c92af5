package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func update(ns *multiprocessing.Namespace, d *multiprocessing.DictProxy) {
	ns.Set("x", ns.Get("x").(int)+1)
	d.Update(map[string]int{"a": 1, "b": 2})
}

func main() {
	multiprocessing.Main(update)
	m := multiprocessing.NewManager()
	ns := m.Namespace()
	ns.Set("x", 10)
	d := m.Dict()
	p := &multiprocessing.Process{Target: update, Args: []any{ns, d}}
	p.Start()
	p.Join()
	fmt.Println(ns.Get("x"))
	var keys []string
	for _, k := range d.Keys() {
		keys = append(keys, k.(string))
	}
	sort.Strings(keys)
	fmt.Println("['"+strings.Join(keys, "', '")+"']", d.Len(), pyBool(d.Has("a")), pyBool(d.Has("z")))
	a, _ := d.Pop("a")
	var items []string
	for _, kv := range d.Items() {
		items = append(items, fmt.Sprintf("('%v', %v)", kv[0], kv[1]))
	}
	fmt.Println(a, "["+strings.Join(items, ", ")+"]")
	l := m.List(3, 1, 2)
	l.Append(0)
	fmt.Println(l.Len(), l.Get(0), l.Get(-1))
	last := l.Pop()
	c := l.Copy()
	fmt.Printf("%v [%v, %v, %v]\n", last, c[0], c[1], c[2])
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
