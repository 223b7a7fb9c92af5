package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func put(q *multiprocessing.Queue, lock *multiprocessing.Lock, k int) int {
	lock.Acquire()
	q.Put(k * k)
	lock.Release()
	return k
}

func isSet(ev *multiprocessing.Event) bool { return ev.IsSet() }

func ints(vs []any) string {
	var ks []int
	for _, v := range vs {
		ks = append(ks, v.(int))
	}
	sort.Ints(ks)
	return strings.ReplaceAll(fmt.Sprint(ks), " ", ", ")
}

func child(q *multiprocessing.Queue, lock *multiprocessing.Lock, ev *multiprocessing.Event) {
	pool := multiprocessing.NewPool(2)
	var args [][]any
	for i := 0; i < 4; i++ {
		args = append(args, []any{q, lock, i})
	}
	res, err := pool.Starmap(put, args)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(ints(res))
	r, err := pool.ApplyAsync(isSet, ev).Get()
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[r.(bool)])
	pool.Terminate()
	ev.Set()
}

func main() {
	multiprocessing.Main(put, isSet, child)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	q := m.Queue()
	lock := m.Lock()
	ev := m.Event()
	p := &multiprocessing.Process{Target: child, Args: []any{q, lock, ev}}
	p.Start()
	p.Join()
	var got []any
	for i := 0; i < 4; i++ {
		v := q.Get()
		got = append(got, v)
	}
	fmt.Println(p.ExitCode(), ints(got), map[bool]string{true: "True", false: "False"}[ev.IsSet()])
}
