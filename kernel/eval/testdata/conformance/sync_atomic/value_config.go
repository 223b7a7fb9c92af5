package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name    string
	Retries int
}

func main() {
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(Config{"first", 1})
	c := v.Load().(Config)
	fmt.Printf("%+v\n", c)
	v.Store(Config{"second", 2})
	fmt.Printf("%+v\n", v.Load().(Config))
	old := v.Swap(Config{"third", 3})
	fmt.Println(old.(Config).Name, v.Load().(Config).Retries)
	fmt.Println(v.CompareAndSwap(Config{"third", 3}, Config{"fourth", 4}))
	fmt.Println(v.Load().(Config).Name)
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store("a string")
}
