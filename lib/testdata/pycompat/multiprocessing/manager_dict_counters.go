package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func count(d *multiprocessing.DictProxy, lock *multiprocessing.Lock, word string, n int) {
	for range n {
		lock.Acquire()
		v, ok := d.Lookup(word)
		if !ok {
			v = 0
		}
		d.Set(word, v.(int)+1)
		lock.Release()
	}
}

func main() {
	multiprocessing.Main(count)
	m := multiprocessing.NewManager()
	d := m.Dict()
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for _, w := range []string{"a", "b", "a"} {
		ps = append(ps, &multiprocessing.Process{Target: count, Args: []any{d, lock, w, 5}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	z, ok := d.Lookup("z")
	if !ok {
		z = "none"
	}
	fmt.Printf("[('a', %v), ('b', %v)] %d %s %v\n", d.Get("a"), d.Get("b"), d.Len(), pyBool(d.Has("a")), z)
	a, _ := d.Pop("a")
	fmt.Printf("%v ['%v']\n", a, d.Keys()[0])
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
