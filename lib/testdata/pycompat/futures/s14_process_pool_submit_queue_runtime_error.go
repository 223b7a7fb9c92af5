package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func put(q *multiprocessing.Queue, v int) int {
	q.Put(v)
	return v
}

func main() {
	multiprocessing.Main(put)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(put, multiprocessing.NewQueue(), 1)
	if _, err := f.ResultTimeout(20 * time.Second); err != nil {
		fmt.Println(err)
	}
	name, _, _ := strings.Cut(f.Exception().Error(), ":")
	fmt.Println(map[bool]string{true: "True", false: "False"}[f.Done()], name)
	m := multiprocessing.NewManager()
	q := m.Queue()
	r, _ := ex.Submit(put, q, 2).ResultTimeout(20 * time.Second)
	fmt.Println(r, q.Get())
	m.Shutdown()
	ex.Shutdown(true, false)
}
