package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
}

func Open(amount int64) *Account {
	if amount < 0 {
		return nil
	}
	return &Account{balance: amount, open: true}
}

func (a *Account) Balance() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.open
}

func (a *Account) Deposit(amount int64) (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open || a.balance+amount < 0 {
		return a.balance, false
	}
	a.balance += amount
	return a.balance, true
}

func (a *Account) Close() (payout int64, ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, false
	}
	payout, a.balance, a.open = a.balance, 0, false
	return payout, true
}

func main() {
	fmt.Println(Open(-10) == nil)
	a := Open(100)
	fmt.Println(a.Deposit(50))
	fmt.Println(a.Deposit(-200))
	fmt.Println(a.Deposit(-150))
	fmt.Println(a.Deposit(1000))
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); a.Deposit(10) }()
		go func() { defer wg.Done(); a.Deposit(-5) }()
	}
	wg.Wait()
	fmt.Println(a.Balance())
	fmt.Println(a.Close())
	fmt.Println(a.Close())
	fmt.Println(a.Deposit(10))
	fmt.Println(a.Balance())
}
