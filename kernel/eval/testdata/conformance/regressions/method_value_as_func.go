package main

import (
	"fmt"
	"sync"
)

func call(f func()) { f() }

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	call(wg.Done)
	go call(wg.Done)
	wg.Wait()
	c := &counter{}
	call(c.inc)
	call(c.inc)
	fmt.Println("done", c.n)
}
