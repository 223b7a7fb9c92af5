package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(v, a *multiprocessing.Value) {
	fmt.Println(v, v.Get())
	v.Set(v.Get().(int) + 1)
	fmt.Println(a)
}

func main() {
	multiprocessing.Main(show)
	m := multiprocessing.NewManager()
	defer m.Shutdown()
	v := m.Value("i", 41)
	a := multiprocessing.NewValue("i", 1)
	p := &multiprocessing.Process{Target: show, Args: []any{v, a}}
	p.Start()
	p.Join()
	fmt.Println(v, v.Get(), p.ExitCode())
}
