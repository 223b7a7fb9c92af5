package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func Transfer(from, to *Account, amount int) error {
	if from == to {
		return nil
	}
	a, b := from, to
	if a.ID > b.ID {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.ID, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	accts := make([]*Account, 4)
	for i := range accts {
		accts[i] = &Account{ID: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var fails sync.Map
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := accts[(g+i)%4]
				to := accts[(g+2*i+1)%4]
				if err := Transfer(from, to, (i%7)+1); err != nil {
					fails.Store(g*1000+i, err)
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total preserved:", total == 4000, total)
	nonneg := true
	for _, a := range accts {
		if a.balance < 0 {
			nonneg = false
		}
	}
	fmt.Println("no negative balances:", nonneg)
	err := Transfer(accts[0], accts[1], 1_000_000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
