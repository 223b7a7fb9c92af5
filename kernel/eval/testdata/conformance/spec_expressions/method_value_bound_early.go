package main

import (
	"fmt"
	"sync"
)

type T struct{ v int }

func (t T) Get() int   { return t.v }
func (t *T) PGet() int { return t.v }

func main() {
	t := &T{7}
	f := t.Get // the receiver *t is copied now
	g := t.PGet
	t.v = 8
	fmt.Println(f(), g())
	t = &T{9}
	fmt.Println(f(), g())

	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		x := T{i * 10}
		wg.Add(1)
		go func(get func() int) {
			defer wg.Done()
			results[i] = get()
		}(x.Get)
		x.v = -1
	}
	wg.Wait()
	fmt.Println(results)

	v := T{1}
	defer fmt.Println("deferred bound:", v.Get())
	defer func(get func() int) { fmt.Println("deferred method value:", get()) }(v.Get)
	v.v = 2
}
