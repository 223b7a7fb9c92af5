package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancel := context.WithCancel(context.Background())
	child1, c1 := context.WithCancel(root)
	defer c1()
	child2 := context.WithValue(child1, "k", "v")
	var wg sync.WaitGroup
	for i, c := range []context.Context{child1, child2} {
		wg.Go(func() {
			<-c.Done()
			_ = i
		})
	}
	cancel()
	wg.Wait()
	fmt.Println(child1.Err(), child2.Err(), child2.Value("k"))
	stop := context.AfterFunc(context.Background(), func() { fmt.Println("never") })
	fmt.Println("stopped:", stop())
}
