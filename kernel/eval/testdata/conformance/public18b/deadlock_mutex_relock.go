package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu  sync.Mutex
	bal int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.bal += n
}

func (a *Account) DepositTwice(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.Deposit(n) // relocks: deadlock
	a.Deposit(n)
}

func main() {
	a := &Account{}
	a.Deposit(5)
	fmt.Println("balance", a.bal)
	a.DepositTwice(1)
	fmt.Println("unreached")
}
