package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	balance int
}

var ErrFunds = errors.New("insufficient funds")

// Transfer locks both accounts in ID order, so concurrent opposite
// transfers cannot deadlock.
func Transfer(from, to *Account, amt int) error {
	if from == to {
		return errors.New("same account")
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amt {
		return fmt.Errorf("transfer %d from #%d: %w", amt, from.ID, ErrFunds)
	}
	from.balance -= amt
	to.balance += amt
	return nil
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{ID: i, balance: 1000}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[int]int{}
	for w := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				from := accts[(w+i)%5]
				to := accts[(w+2*i+1)%5]
				if from == to {
					continue
				}
				if err := Transfer(from, to, (w*i)%50+1); err != nil {
					mu.Lock()
					failures[w]++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total conserved:", total == 5000)
	err := Transfer(accts[0], accts[1], 1_000_000)
	fmt.Println(errors.Is(err, ErrFunds), err)
	fmt.Println(Transfer(accts[2], accts[2], 1))
	ids := make([]int, 0)
	for _, a := range accts {
		if a.balance >= 0 {
			ids = append(ids, a.ID)
		}
	}
	sort.Ints(ids)
	fmt.Println("non-negative:", ids)
}
