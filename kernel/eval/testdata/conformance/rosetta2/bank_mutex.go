package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return err
	}
	to.Deposit(n)
	return nil
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); acc.Deposit(10) }()
		go func() { defer wg.Done(); acc.Deposit(5) }()
	}
	wg.Wait()
	fmt.Println("balance:", acc.Balance())
	other := &Account{}
	var failures int
	var fmu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := Transfer(acc, other, 100); err != nil {
				fmu.Lock()
				failures++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(acc.Balance(), other.Balance(), failures)
	err := acc.Withdraw(1)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
