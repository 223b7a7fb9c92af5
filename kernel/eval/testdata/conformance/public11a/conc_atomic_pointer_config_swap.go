package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
	Limits  []int
}

func (c *Config) String() string {
	return fmt.Sprintf("v%d %s %v", c.Version, c.Name, c.Limits)
}

func main() {
	var cur atomic.Pointer[Config]
	fmt.Println("initial nil:", cur.Load() == nil)
	cur.Store(&Config{1, "boot", []int{1}})
	var wg sync.WaitGroup
	var reads atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				c := cur.Load()
				if c.Version < 1 {
					panic("bad")
				}
				reads.Add(1)
			}
		}()
	}
	for v := 2; v <= 5; v++ {
		for {
			old := cur.Load()
			next := &Config{old.Version + 1, fmt.Sprint("gen", v), append(append([]int{}, old.Limits...), v)}
			if cur.CompareAndSwap(old, next) {
				break
			}
		}
	}
	wg.Wait()
	fmt.Println(cur.Load())
	fmt.Println("reads:", reads.Load())
	old := cur.Swap(&Config{Version: 100, Name: "final"})
	fmt.Println("old:", old, "new:", cur.Load())

	var v atomic.Value
	v.Store([]string{"a"})
	fmt.Println(v.Load().([]string))
	fmt.Println(v.CompareAndSwap([]string(nil), []string{"x"}) == false)
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(42)
}
