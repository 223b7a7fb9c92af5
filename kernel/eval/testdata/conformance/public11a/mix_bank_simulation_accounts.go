package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type AccountID int

type Account struct {
	ID      AccountID
	Owner   string
	balance int64
	mu      sync.Mutex
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

type TxError struct {
	From, To AccountID
	Amount   int64
	Err      error
}

func (e *TxError) Error() string {
	return fmt.Sprintf("transfer %d from %d to %d: %v", e.Amount, e.From, e.To, e.Err)
}

func (e *TxError) Unwrap() error { return e.Err }

type Bank struct {
	mu       sync.RWMutex
	accounts map[AccountID]*Account
	nextID   AccountID
}

func NewBank() *Bank { return &Bank{accounts: map[AccountID]*Account{}, nextID: 100} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	a := &Account{ID: b.nextID, Owner: owner, balance: initial}
	b.accounts[a.ID] = a
	return a
}

func (b *Bank) Transfer(from, to AccountID, amt int64) error {
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
		return &TxError{from, to, amt, ErrInsufficient}
	}
	fa.balance -= amt
	ta.balance += amt
	fa.history = append(fa.history, fmt.Sprintf("-%d", amt))
	ta.history = append(ta.history, fmt.Sprintf("+%d", amt))
	return nil
}

func (b *Bank) Total() int64 {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var t int64
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 1000)
	bob := bank.Open("bob", 500)
	carol := bank.Open("carol", 400)
	ids := []AccountID{alice.ID, bob.ID, carol.ID}
	var wg sync.WaitGroup
	var errMu sync.Mutex
	failures := 0
	for i := range 60 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := ids[i%3], ids[(i+1)%3]
			if err := bank.Transfer(from, to, int64(10+i%7)); err != nil {
				if !errors.Is(err, ErrInsufficient) {
					panic(err)
				}
				errMu.Lock()
				failures++
				errMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total preserved:", bank.Total() == 1900)
	err := bank.Transfer(carol.ID, alice.ID, 1_000_000)
	fmt.Println(err)
	var te *TxError
	fmt.Println(errors.As(err, &te), te.Amount, errors.Is(err, ErrInsufficient))
	accts := []*Account{carol, alice, bob}
	sort.Slice(accts, func(i, j int) bool { return accts[i].Owner < accts[j].Owner })
	for _, a := range accts {
		fmt.Printf("%d %-6s txs=%d\n", a.ID, a.Owner, len(a.history))
	}
	fmt.Println(strings.Repeat("=", 20), failures)
}
