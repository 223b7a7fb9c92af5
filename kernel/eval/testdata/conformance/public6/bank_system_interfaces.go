package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNoAccount    = errors.New("no such account")
	ErrFrozen       = errors.New("account frozen")
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account interface {
	ID() string
	Balance() Money
	Deposit(Money) error
	Withdraw(Money) error
}

type base struct {
	id      string
	balance Money
	frozen  bool
	log     []string
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() Money  { return b.balance }
func (b *base) record(s string) { b.log = append(b.log, s) }

func (b *base) Deposit(m Money) error {
	if b.frozen {
		return fmt.Errorf("deposit %v to %s: %w", m, b.id, ErrFrozen)
	}
	b.balance += m
	b.record("dep " + m.String())
	return nil
}

type Checking struct {
	base
	overdraft Money
}

func (c *Checking) Withdraw(m Money) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.id, ErrFrozen)
	}
	if c.balance+c.overdraft < m {
		return fmt.Errorf("withdraw %v from %s (balance %v): %w", m, c.id, c.balance, ErrInsufficient)
	}
	c.balance -= m
	c.record("wd " + m.String())
	return nil
}

type Savings struct {
	base
	rateBP int // basis points
}

func (s *Savings) Withdraw(m Money) error {
	if s.balance < m {
		return fmt.Errorf("withdraw %v from %s: %w", m, s.id, ErrInsufficient)
	}
	s.balance -= m
	s.record("wd " + m.String())
	return nil
}

func (s *Savings) Accrue() Money {
	interest := s.balance * Money(s.rateBP) / 10000
	s.balance += interest
	s.record("int " + interest.String())
	return interest
}

type Bank struct {
	name     string
	accounts map[string]Account
}

func NewBank(name string) *Bank { return &Bank{name: name, accounts: map[string]Account{}} }

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) get(id string) (Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, m Money) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if err := src.Withdraw(m); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if err := dst.Deposit(m); err != nil {
		_ = src.Deposit(m)
		return fmt.Errorf("transfer rolled back: %w", err)
	}
	return nil
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sb strings.Builder
	fmt.Fprintf(&sb, "== %s ==\n", b.name)
	var total Money
	for _, id := range ids {
		a := b.accounts[id]
		kind := "?"
		switch a.(type) {
		case *Checking:
			kind = "checking"
		case *Savings:
			kind = "savings"
		}
		fmt.Fprintf(&sb, "%-6s %-9s %10v\n", id, kind, a.Balance())
		total += a.Balance()
	}
	fmt.Fprintf(&sb, "total %20v\n", total)
	return sb.String()
}

func main() {
	bank := NewBank("Gopher Savings & Loan")
	bank.Open(&Checking{base: base{id: "c-1"}, overdraft: 5000})
	bank.Open(&Savings{base: base{id: "s-1"}, rateBP: 250})
	bank.Open(&Checking{base: base{id: "c-2", frozen: true}})

	for _, step := range []struct {
		from, to string
		amt      Money
	}{
		{"c-1", "s-1", 1000},
		{"s-1", "c-1", 99999},
		{"c-1", "x-9", 1},
		{"c-1", "c-2", 100},
		{"c-1", "s-1", 3000},
	} {
		if err := bank.Transfer(step.from, step.to, step.amt); err != nil {
			fmt.Println("error:", err)
			switch {
			case errors.Is(err, ErrInsufficient):
				fmt.Println("  -> insufficient")
			case errors.Is(err, ErrNoAccount):
				fmt.Println("  -> missing account")
			case errors.Is(err, ErrFrozen):
				fmt.Println("  -> frozen")
			}
			continue
		}
		fmt.Printf("ok %s -> %s %v\n", step.from, step.to, step.amt)
	}
	if s, ok := bank.accounts["s-1"].(*Savings); ok {
		fmt.Println("interest:", s.Accrue())
		fmt.Println("log:", strings.Join(s.log, ", "))
	}
	c := bank.accounts["c-1"].(*Checking)
	fmt.Println("c-1 log:", c.log)
	fmt.Print(bank.Report())
}
