package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Name    string
	Balance int
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type Timer struct{ label string }

func (t Timer) Stop(note string) { fmt.Println("stop", t.label, note) }

func deferArgs() (out []string) {
	i := 0
	defer func(v int) { out = append(out, fmt.Sprint("arg ", v)) }(i)
	defer func() { out = append(out, fmt.Sprint("closure ", i)) }()
	p := &i
	defer fmt.Println("println sees", *p)
	t := Timer{"first"}
	defer t.Stop("value receiver evaluated now")
	t.label = "second"
	pt := &Timer{"ptr-first"}
	defer pt.Stop("via pointer, value copied at defer")
	pt.label = "ptr-second"
	i = 42
	return []string{"body"}
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func main() {
	accounts := []Account{{"a", 100}, {"b", 200}}
	for _, a := range accounts {
		a.Balance += 1000
	}
	fmt.Println(accounts)
	for i := range accounts {
		accounts[i].Balance += 1000
	}
	fmt.Println(accounts)
	for _, a := range []*Account{&accounts[0], &accounts[1]} {
		a.Balance++
	}
	fmt.Println(accounts)

	m := map[string]Account{"x": {"x", 1}}
	for k, v := range m {
		v.Balance = 99
		_ = k
	}
	fmt.Println(m)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 30
		}
		if i == 2 {
			fmt.Println("range over slice header copy:", v, len(sl))
		}
	}
	fmt.Println(deferArgs())
	loopDefers()
	fmt.Println()

	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"even", "odd"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n["even"], c.n["odd"])

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var funcs2 []func() int
	i := 0
	for i < 3 {
		funcs2 = append(funcs2, func() int { return i })
		i++
	}
	for _, f := range funcs2 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	var vptrs []*Account
	for _, a := range accounts {
		vptrs = append(vptrs, &a)
	}
	fmt.Println(vptrs[0].Name, vptrs[1].Name, vptrs[0] != vptrs[1])
}
