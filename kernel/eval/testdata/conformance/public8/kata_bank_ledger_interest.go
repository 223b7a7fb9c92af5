package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type TxKind int

const (
	Deposit TxKind = iota + 1
	Withdraw
	Interest
)

type Tx struct {
	Kind   TxKind
	Amount Cents
	Note   string
}

type Account struct {
	Owner string
	Txs   []Tx
}

var ErrOverdraft = errors.New("overdraft")

func (a *Account) Balance() (b Cents) {
	for _, t := range a.Txs {
		if t.Kind == Withdraw {
			b -= t.Amount
		} else {
			b += t.Amount
		}
	}
	return
}

func (a *Account) Apply(t Tx) error {
	if t.Amount <= 0 {
		return fmt.Errorf("%s: amount %v must be positive", a.Owner, t.Amount)
	}
	if t.Kind == Withdraw && a.Balance() < t.Amount {
		return fmt.Errorf("%s: withdraw %v with balance %v: %w", a.Owner, t.Amount, a.Balance(), ErrOverdraft)
	}
	a.Txs = append(a.Txs, t)
	return nil
}

func (a *Account) AccrueMonthly(ratePct float64) {
	interest := Cents(float64(a.Balance()) * ratePct / 100 / 12)
	if interest > 0 {
		a.Txs = append(a.Txs, Tx{Interest, interest, "interest"})
	}
}

func main() {
	bank := map[string]*Account{}
	ops := `ann deposit 100000
bob deposit 2550
ann withdraw 2599
bob withdraw 5000
cy deposit -5
bob deposit 10000
ann withdraw 1`
	for _, line := range strings.Split(ops, "\n") {
		var who, kind string
		var amt int64
		fmt.Sscan(line, &who, &kind, &amt)
		acct, ok := bank[who]
		if !ok {
			acct = &Account{Owner: who}
			bank[who] = acct
		}
		k := map[string]TxKind{"deposit": Deposit, "withdraw": Withdraw}[kind]
		if err := acct.Apply(Tx{k, Cents(amt), line}); err != nil {
			fmt.Println("rejected:", err, errors.Is(err, ErrOverdraft))
		}
	}
	for range 3 {
		for _, a := range bank {
			a.AccrueMonthly(4.5)
		}
	}
	names := make([]string, 0, len(bank))
	for n := range bank {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := bank[n]
		fmt.Printf("%-4s %12v %d txs\n", n, a.Balance(), len(a.Txs))
	}
}
