package main

import (
	"fmt"
	"math"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(v *multiprocessing.Value) {
	v.Set(v.Get().(int) + 1)
}

func main() {
	multiprocessing.Main(bump)
	v := multiprocessing.NewValue("i", 1<<31-1)
	p := &multiprocessing.Process{Target: bump, Args: []any{v}}
	p.Start()
	p.Join()
	fmt.Println(v.Get())
	b := multiprocessing.NewValue("b", 127)
	b.Set(b.Get().(int) + 1)
	fmt.Println(b.Get())
	B := multiprocessing.NewValue("B", 255)
	B.Set(B.Get().(int) + 2)
	fmt.Println(B.Get())
	h := multiprocessing.NewValue("h", -32768)
	h.Set(h.Get().(int) - 1)
	fmt.Println(h.Get())
	f := multiprocessing.NewValue("f", 0.1)
	fmt.Println(math.Round(f.Get().(float64)*1e6)/1e6, pyBool(f.Get().(float64) == 0.1))
	d := multiprocessing.NewValue("d", 0.1)
	fmt.Println(d.Get(), pyBool(d.Get().(float64) == 0.1))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
