package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(d *multiprocessing.DictProxy, l *multiprocessing.ListProxy) {
	d.Set(1, "1")
	d.Set("2", 2)
	d.Set(0.25, nil)
	l.Reverse()
}

func main() {
	multiprocessing.Main(f)
	manager := multiprocessing.NewManager()
	d := manager.Dict()
	l := manager.List(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	p := &multiprocessing.Process{Target: f, Args: []any{d, l}}
	p.Start()
	p.Join()
	fmt.Println(d)
	fmt.Println(l)
	manager.Shutdown()
}
