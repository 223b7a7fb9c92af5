package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func work(i int, shared *multiprocessing.ListProxy, ns *multiprocessing.Namespace, lock *multiprocessing.Lock) {
	lock.Acquire()
	defer lock.Release()
	shared.Append(i * i)
	ns.Set("total", ns.Get("total").(int)+i)
}

func main() {
	multiprocessing.Main(work)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	shared := m.List()
	ns := m.Namespace()
	ns.Set("total", 0)
	ns.Set("label", "sum")
	lock := m.Lock()
	var ps []*multiprocessing.Process
	for i := 1; i < 5; i++ {
		ps = append(ps, &multiprocessing.Process{Target: work, Args: []any{i, shared, ns, lock}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var vals []int
	for _, v := range shared.Copy() {
		vals = append(vals, v.(int))
	}
	sort.Ints(vals)
	s := make([]string, len(vals))
	for i, v := range vals {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("["+strings.Join(s, ", ")+"]", shared.Len(), ns.Get("label"), ns.Get("total"))
}
