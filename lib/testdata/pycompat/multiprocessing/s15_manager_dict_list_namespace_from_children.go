package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(i int, d *multiprocessing.DictProxy, lst *multiprocessing.ListProxy, ns *multiprocessing.Namespace, lock *multiprocessing.Lock) {
	d.Set(fmt.Sprintf("k%d", i), i*i)
	lst.Append(i)
	lock.Acquire()
	ns.Set("count", ns.Get("count").(int)+1)
	names := append([]any{}, ns.Get("names").([]any)...)
	ns.Set("names", append(names, fmt.Sprintf("w%d", i)))
	lock.Release()
}

func main() {
	multiprocessing.Main(worker)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	d, lst, ns, lock := m.Dict(), m.List(), m.Namespace(), m.Lock()
	ns.Set("count", 0)
	ns.Set("names", []any{})
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{i, d, lst, ns, lock}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var items []string
	want := map[string]int{"k0": 0, "k1": 1, "k2": 4, "k3": 9}
	eq := d.Len() == len(want)
	for _, k := range d.Keys() {
		v, _ := d.Lookup(k)
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
		if want[k.(string)] != v.(int) {
			eq = false
		}
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	var vals []int
	for _, v := range lst.Copy() {
		vals = append(vals, v.(int))
	}
	sort.Ints(vals)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(vals), " ", ", "), lst.Len())
	var names []string
	for _, n := range ns.Get("names").([]any) {
		names = append(names, "'"+n.(string)+"'")
	}
	sort.Strings(names)
	fmt.Println(ns.Get("count"), "["+strings.Join(names, ", ")+"]")
	fmt.Println(map[bool]string{true: "True", false: "False"}[eq])
}
