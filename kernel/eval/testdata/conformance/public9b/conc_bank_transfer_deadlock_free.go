package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	id  int
	mu  sync.Mutex
	bal int
}

var ErrFunds = errors.New("insufficient funds")

func transfer(from, to *Account, amt int) error {
	if from == to {
		return errors.New("same account")
	}
	first, second := from, to
	if first.id > second.id {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.bal < amt {
		return fmt.Errorf("transfer %d from #%d: %w", amt, from.id, ErrFunds)
	}
	from.bal -= amt
	to.bal += amt
	return nil
}

func main() {
	accts := make([]*Account, 4)
	for i := range accts {
		accts[i] = &Account{id: i, bal: 100}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := accts[i%4]
			to := accts[(i*7+1)%4]
			if err := transfer(from, to, (i%5)+1); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.bal
	}
	fmt.Println("total preserved:", total == 400)
	fmt.Println(transfer(accts[0], accts[0], 1))
	err := transfer(accts[1], accts[2], 1_000_000)
	fmt.Println(errors.Is(err, ErrFunds), err)
}
