package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrSameAccount = errors.New("same account")

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int64
	history []string
}

type InsufficientError struct {
	Account string
	Need    int64
	Have    int64
}

func (e *InsufficientError) Error() string {
	return fmt.Sprintf("%s: need %d, have %d", e.Account, e.Need, e.Have)
}

func (e *InsufficientError) Unwrap() error { return ErrInsufficient }

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

func (b *Bank) Open(id string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	a := &Account{ID: id, balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	if from == to {
		return fmt.Errorf("transfer %s->%s: %w", from, to, ErrSameAccount)
	}
	b.mu.RLock()
	fa, ta := b.accounts[from], b.accounts[to]
	b.mu.RUnlock()
	first, second := fa, ta
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if fa.balance < amt {
		return fmt.Errorf("transfer %s->%s: %w", from, to, &InsufficientError{from, amt, fa.balance})
	}
	fa.balance -= amt
	ta.balance += amt
	fa.history = append(fa.history, fmt.Sprintf("-%d", amt))
	ta.history = append(ta.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (b *Bank) Total() (t int64) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	bank.Open("alice", 1000)
	bank.Open("bob", 800)
	bank.Open("carol", 700)
	var wg sync.WaitGroup
	var errMu sync.Mutex
	failures := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ids := []string{"alice", "bob", "carol"}
			err := bank.Transfer(ids[i%3], ids[(i+1)%3], int64(10+i%7))
			if err != nil {
				errMu.Lock()
				failures++
				errMu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total", bank.Total())
	err := bank.Transfer("carol", "alice", 1_000_000)
	var ie *InsufficientError
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.As(err, &ie), ie.Need)
	fmt.Println(bank.Transfer("bob", "bob", 1))
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	sum := 0
	for _, id := range ids {
		sum += len(bank.accounts[id].history)
	}
	fmt.Println(ids, sum, failures)
}
