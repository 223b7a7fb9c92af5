package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

var ErrFunds = errors.New("insufficient funds")

func Transfer(from, to *Account, amt int) error {
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amt {
		return fmt.Errorf("transfer %d from #%d: %w", amt, from.id, ErrFunds)
	}
	from.balance -= amt
	to.balance += amt
	return nil
}

func main() {
	accts := []*Account{{id: 1, balance: 100}, {id: 2, balance: 50}, {id: 3, balance: 0}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := accts[i%3], accts[(i+1)%3]
			if err := Transfer(from, to, 10); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total conserved:", total == 150, "failures counted:", failures >= 0)
	err := Transfer(accts[2], accts[0], 1000)
	fmt.Println(err, errors.Is(err, ErrFunds))
}
