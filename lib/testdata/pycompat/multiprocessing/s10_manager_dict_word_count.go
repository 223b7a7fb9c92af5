package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func count(words []string, d *multiprocessing.DictProxy, lock *multiprocessing.Lock) {
	for _, w := range words {
		lock.Acquire()
		n, _ := d.Get(w).(int)
		d.Set(w, n+1)
		lock.Release()
	}
}

func main() {
	multiprocessing.Main(count)
	text := strings.Fields("the cat and the dog and the bird")
	m := multiprocessing.NewManager()
	d := m.Dict()
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for i := range 3 {
		var chunk []string
		for j := i; j < len(text); j += 3 {
			chunk = append(chunk, text[j])
		}
		ps = append(ps, &multiprocessing.Process{Target: count, Args: []any{chunk, d, lock}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var items []string
	for _, kv := range d.Items() {
		items = append(items, fmt.Sprintf("('%v', %v)", kv[0], kv[1]))
	}
	sort.Strings(items)
	fmt.Println("["+strings.Join(items, ", ")+"]", d.Len())
	fish := d.Get("fish")
	if fish == nil {
		fish = "None"
	}
	has := d.Has("the")
	v, _ := d.Pop("the")
	fmt.Println(fish, pyBool(has), v, pyBool(d.Has("the")))
	m.Shutdown()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
