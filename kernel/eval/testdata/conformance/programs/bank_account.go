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
		return fmt.Errorf("withdraw %d: %w (balance %d)", n, ErrInsufficient, a.balance)
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
		return fmt.Errorf("transfer: %w", err)
	}
	to.Deposit(n)
	return nil
}

func main() {
	var acc Account
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			acc.Deposit(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(acc.Balance())
	fails := 0
	var mu sync.Mutex
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acc.Withdraw(100); err != nil {
				mu.Lock()
				fails++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(acc.Balance(), fails)
	other := &Account{}
	err := Transfer(&acc, other, 1000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(Transfer(&acc, other, 50), acc.Balance(), other.Balance())
}
