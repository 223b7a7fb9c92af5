package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type ctxKey struct{ name string }

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(context.WithValue(root, ctxKey{"layer"}, "a"))
	b := context.WithValue(a, ctxKey{"layer"}, "b")
	c, cancelC := context.WithCancel(root)
	defer cancelA()
	defer cancelC()
	fmt.Println(b.Value(ctxKey{"layer"}), a.Value(ctxKey{"layer"}), c.Value(ctxKey{"layer"}))
	fmt.Println(b.Value(ctxKey{"other"}))
	var wg sync.WaitGroup
	var mu sync.Mutex
	var stopped []string
	watch := func(name string, ctx context.Context) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ctx.Done()
			mu.Lock()
			stopped = append(stopped, name+":"+ctx.Err().Error())
			mu.Unlock()
		}()
	}
	watch("a", a)
	watch("b", b)
	cancelA()
	wg.Wait()
	sort.Strings(stopped)
	fmt.Println(stopped, c.Err(), root.Err())
	watch("c", c)
	watch("root", root)
	cancelRoot()
	wg.Wait()
	sort.Strings(stopped)
	fmt.Println(stopped)
	fmt.Println(context.Cause(c))
}
