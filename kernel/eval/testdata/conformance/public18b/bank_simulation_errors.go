package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	balance int64
	history []Txn
	mu      sync.Mutex
}

type TxnKind int

const (
	Deposit TxnKind = iota + 1
	Withdraw
	TransferIn
	TransferOut
)

func (k TxnKind) String() string {
	switch k {
	case Deposit:
		return "DEP"
	case Withdraw:
		return "WDR"
	case TransferIn:
		return "TIN"
	case TransferOut:
		return "TOUT"
	}
	return fmt.Sprintf("TxnKind(%d)", int(k))
}

type Txn struct {
	Kind   TxnKind
	Amount int64
	Peer   AccountID
}

type InsufficientFunds struct {
	ID        AccountID
	Need, Has int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: insufficient funds: need %d, has %d", e.ID, e.Need, e.Has)
}

var ErrUnknown = errors.New("unknown account")
var ErrInvalid = errors.New("invalid amount")

type Bank struct {
	accounts map[AccountID]*Account
	mu       sync.RWMutex
}

func (b *Bank) Open(id AccountID, owner string) *Account {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts == nil {
		b.accounts = map[AccountID]*Account{}
	}
	a := &Account{ID: id, Owner: owner}
	b.accounts[id] = a
	return a
}

func (b *Bank) get(id AccountID) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknown, id)
	}
	return a, nil
}

func (a *Account) apply(t Txn) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if t.Amount <= 0 {
		return ErrInvalid
	}
	switch t.Kind {
	case Withdraw, TransferOut:
		if a.balance < t.Amount {
			return &InsufficientFunds{a.ID, t.Amount, a.balance}
		}
		a.balance -= t.Amount
	default:
		a.balance += t.Amount
	}
	a.history = append(a.history, t)
	return nil
}

func (b *Bank) Transfer(from, to AccountID, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if err := src.apply(Txn{TransferOut, amt, to}); err != nil {
		return err
	}
	return dst.apply(Txn{TransferIn, amt, from})
}

func main() {
	var bank Bank
	alice := bank.Open("A1", "alice")
	bank.Open("B2", "bob")
	fmt.Println(alice.apply(Txn{Kind: Deposit, Amount: 100}))
	errs := []error{
		bank.Transfer("A1", "B2", 30),
		bank.Transfer("A1", "B2", 300),
		bank.Transfer("A1", "C3", 1),
		bank.Transfer("B2", "A1", -5),
	}
	for _, err := range errs {
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok")
		case errors.As(err, &inf):
			fmt.Println("funds:", inf.Need-inf.Has, err)
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		default:
			fmt.Println("other:", err, errors.Is(err, ErrInvalid))
		}
	}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				bank.Transfer("A1", "B2", 1)
			} else {
				bank.Transfer("B2", "A1", 1)
			}
		}(i)
	}
	wg.Wait()
	ids := make([]string, 0)
	for id, a := range bank.accounts {
		ids = append(ids, fmt.Sprintf("%s:%s=%d(%d txns)", id, a.Owner, a.balance, len(a.history)))
	}
	sort.Strings(ids)
	fmt.Println(strings.Join(ids, " "))
	kinds := map[TxnKind]int{}
	for _, t := range alice.history {
		kinds[t.Kind]++
	}
	fmt.Println(kinds, TxnKind(9))
}
