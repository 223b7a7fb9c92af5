package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	defer cancelA()
	b, cancelB := context.WithCancel(a)
	defer cancelB()
	var wg sync.WaitGroup
	wg.Add(1)
	stop := context.AfterFunc(b, func() {
		fmt.Println("AfterFunc ran for b")
		wg.Done()
	})
	fmt.Println("before:", root.Err(), a.Err(), b.Err())
	cancelRoot()
	wg.Wait()
	fmt.Println("after:", root.Err(), a.Err(), b.Err())
	fmt.Println("stop after run:", stop())

	c, cancelC := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(c, func() { fmt.Println("never") })
	fmt.Println("stop before cancel:", stop2())
	cancelC()
	fmt.Println(c.Err())
}
