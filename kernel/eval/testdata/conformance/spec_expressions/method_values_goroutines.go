package main

import (
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

type Greeter struct{ name string }

func (g Greeter) Greet(out chan<- string) { out <- "hi from " + g.name }

func main() {
	acct := &Account{}
	deposit := acct.Deposit
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println(acct.balance)

	out := make(chan string, 3)
	gs := []Greeter{{"a"}, {"b"}, {"c"}}
	for _, g := range gs {
		wg.Add(1)
		f := g.Greet
		go func() { defer wg.Done(); f(out) }()
	}
	wg.Wait()
	close(out)
	var msgs []string
	for m := range out {
		msgs = append(msgs, m)
	}
	sort.Strings(msgs)
	fmt.Println(msgs)
	done := wg.Done
	wg.Add(1)
	go done()
	wg.Wait()
	fmt.Println("done")
}
