package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int64
	closed  bool
	history []string
}

func Open(initial int64) *Account {
	if initial < 0 {
		return nil
	}
	return &Account{balance: initial}
}

func (a *Account) Balance() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return 0, false
	}
	return a.balance, true
}

func (a *Account) Deposit(amt int64) (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed || a.balance+amt < 0 {
		return a.balance, false
	}
	a.balance += amt
	return a.balance, true
}

func (a *Account) Close() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return 0, false
	}
	a.closed = true
	p := a.balance
	a.balance = 0
	return p, true
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	b.mu.RLock()
	fa, ok1 := b.accounts[from]
	ta, ok2 := b.accounts[to]
	b.mu.RUnlock()
	if !ok1 || !ok2 {
		return fmt.Errorf("unknown account")
	}
	first, second := fa, ta
	if from > to {
		first, second = ta, fa
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if fa.balance < amt {
		return fmt.Errorf("insufficient funds in %s: %d < %d", from, fa.balance, amt)
	}
	fa.balance -= amt
	ta.balance += amt
	return nil
}

func main() {
	fmt.Println(Open(-10) == nil)
	a := Open(100)
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			a.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			a.Deposit(-5)
		}()
	}
	wg.Wait()
	fmt.Println(a.Balance())
	fmt.Println(a.Deposit(-10000))
	fmt.Println(a.Close())
	fmt.Println(a.Close())
	fmt.Println(a.Balance())
	fmt.Println(a.Deposit(5))

	b := &Bank{accounts: map[string]*Account{"alice": Open(1000), "bob": Open(1000), "carol": Open(0)}}
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 60; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			names := []string{"alice", "bob", "carol"}
			if err := b.Transfer(names[i%3], names[(i+1)%3], 50); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	total := int64(0)
	for _, n := range []string{"alice", "bob", "carol"} {
		bal, _ := b.accounts[n].Balance()
		total += bal
	}
	fmt.Println("total conserved:", total == 2000)
	fmt.Println(b.Transfer("alice", "nobody", 1))
	fmt.Println(b.Transfer("carol", "alice", 1_000_000) != nil)
	_ = failures
}
