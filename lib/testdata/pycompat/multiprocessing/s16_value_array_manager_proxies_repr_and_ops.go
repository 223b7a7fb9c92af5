package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(v *multiprocessing.Value, a *multiprocessing.Array) {
	v.Set(v.Get().(int) + 10)
	a.Set(0, a.Get(0).(int)+1)
}

func main() {
	multiprocessing.Main(bump)
	m := multiprocessing.NewManager()
	v := m.Value("i", 5)
	a := m.Array("i", []int{1, 2, 3})
	p := &multiprocessing.Process{Target: bump, Args: []any{v, a}}
	p.Start()
	p.Join()
	fmt.Println(v, v.Get(), strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", "), a.Len())
	v.Set(0)
	fmt.Println(v.Get())
	m.Shutdown()
}
