package main

import (
	"fmt"
	"sort"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	log []string
}

func (a *Acc) Add(s string, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.log = append(a.log, s)
	a.mu.Unlock()
}

type Adder interface{ Add(string, *sync.WaitGroup) }

func maker(prefix string) func(int, *sync.WaitGroup, *Acc) {
	return func(i int, wg *sync.WaitGroup, a *Acc) {
		a.Add(fmt.Sprint(prefix, i), wg)
	}
}

func worker[T any](v T, out chan<- string) { out <- fmt.Sprintf("%T:%v", v, v) }

func main() {
	var wg sync.WaitGroup
	a := &Acc{}
	counter := 0
	next := func() string { counter++; return fmt.Sprint("arg", counter) }
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go a.Add(next(), &wg) // args evaluated now, in order
	}
	wg.Wait()
	var ad Adder = a
	wg.Add(2)
	go ad.Add("iface", &wg)
	add := a.Add
	go add("methodvalue", &wg)
	wg.Wait()
	wg.Add(2)
	go maker("m")(7, &wg, a)
	go func(s string) { a.Add(s, &wg) }(next())
	wg.Wait()
	sort.Strings(a.log)
	fmt.Println(a.log, counter)
	out := make(chan string, 3)
	go worker(5, out)
	go worker[string]("s", out)
	go worker(struct{ A int }{1}, out)
	res := []string{<-out, <-out, <-out}
	sort.Strings(res)
	fmt.Println(res)
	x := 1
	defer fmt.Println("defer arg x =", x)
	defer func(v int) { fmt.Println("defer param", v, "x now", x) }(x * 10)
	x = 2
}
