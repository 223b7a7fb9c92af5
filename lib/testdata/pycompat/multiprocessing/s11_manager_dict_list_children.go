package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func record(d *multiprocessing.DictProxy, l *multiprocessing.ListProxy, name string, score int) {
	d.Set(name, score)
	l.Append(name)
}

func main() {
	multiprocessing.Main(record)
	m := multiprocessing.NewManager()
	d := m.Dict()
	l := m.List()
	var ps []*multiprocessing.Process
	for _, ns := range []struct {
		n string
		s int
	}{{"ann", 3}, {"bob", 5}, {"cy", 4}} {
		ps = append(ps, &multiprocessing.Process{Target: record, Args: []any{d, l, ns.n, ns.s}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var items, names []string
	for _, kv := range d.Items() {
		items = append(items, fmt.Sprintf("('%v', %v)", kv[0], kv[1]))
	}
	for _, x := range l.Copy() {
		names = append(names, "'"+x.(string)+"'")
	}
	sort.Strings(items)
	sort.Strings(names)
	fmt.Println(pyStrs(items), pyStrs(names), d.Len(), l.Len())
	fmt.Println(d.Get("bob"), pyNone(d.Get("zed")), pyBool(d.Has("ann")))
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
