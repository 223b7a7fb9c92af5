package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(d *multiprocessing.DictProxy, k int) int {
	d.Set(k, k*k)
	return k
}

func child(d *multiprocessing.DictProxy, lst *multiprocessing.ListProxy) {
	pool := multiprocessing.NewPool(2)
	var args [][]any
	for i := 0; i < 4; i++ {
		args = append(args, []any{d, i})
	}
	res, err := pool.Starmap(add, args)
	if err != nil {
		fmt.Println(err)
	}
	var ks []int
	for _, r := range res {
		ks = append(ks, r.(int))
	}
	sort.Ints(ks)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ks), " ", ", "))
	pool.Terminate()
	lst.Append(d.Len())
}

func main() {
	multiprocessing.Main(add, child)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	d := m.Dict()
	lst := m.List()
	p := &multiprocessing.Process{Target: child, Args: []any{d, lst}}
	p.Start()
	p.Join()
	var items []string
	for _, k := range d.Keys() {
		v, _ := d.Lookup(k)
		items = append(items, fmt.Sprintf("(%d, %d)", k, v))
	}
	sort.Strings(items)
	fmt.Println(p.ExitCode(), "["+strings.Join(items, ", ")+"]", strings.ReplaceAll(fmt.Sprint(lst.Copy()), " ", ", "))
}
