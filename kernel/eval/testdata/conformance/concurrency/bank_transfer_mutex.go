package main

import (
	"errors"
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
}

var errFunds = errors.New("insufficient funds")

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return fmt.Errorf("transfer %s->%s %d: %w", from, to, amt, errFunds)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func main() {
	b := &Bank{accounts: map[string]int{"a": 100, "b": 100}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := "a", "b"
			if i%2 == 1 {
				from, to = to, from
			}
			if err := b.Transfer(from, to, 3); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total", b.accounts["a"]+b.accounts["b"], "failures", failures)
	fmt.Println(b.Transfer("a", "b", 1000))
}
