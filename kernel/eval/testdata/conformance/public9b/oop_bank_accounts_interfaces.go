package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account interface {
	ID() string
	Balance() int64
	Deposit(int64) error
	Withdraw(int64) error
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

type base struct {
	id  string
	bal int64
	log []string
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() int64 { return b.bal }
func (b *base) Deposit(n int64) error {
	if n <= 0 {
		return errors.New("deposit must be positive")
	}
	b.bal += n
	b.log = append(b.log, fmt.Sprintf("+%d", n))
	return nil
}
func (b *base) Withdraw(n int64) error {
	if n > b.bal {
		return &InsufficientFunds{n, b.bal}
	}
	b.bal -= n
	b.log = append(b.log, fmt.Sprintf("-%d", n))
	return nil
}

type Checking struct {
	base
	overdraft int64
}

func (c *Checking) Withdraw(n int64) error {
	if n > c.bal+c.overdraft {
		return &InsufficientFunds{n, c.bal + c.overdraft}
	}
	c.bal -= n
	c.log = append(c.log, fmt.Sprintf("-%d(od)", n))
	return nil
}

type Savings struct {
	base
	rateBP int64
}

func (s *Savings) AddInterest() { s.Deposit(s.bal * s.rateBP / 10000) }

type Bank struct{ accounts map[string]Account }

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s: %w", from, to, err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return errors.New("no account " + from)
	}
	dst := b.accounts[to]
	if err := src.Withdraw(amt); err != nil {
		return err
	}
	return dst.Deposit(amt)
}

func main() {
	chk := &Checking{base{id: "chk"}, 100}
	sav := &Savings{base{id: "sav", bal: 1000}, 250}
	bank := &Bank{map[string]Account{"chk": chk, "sav": sav}}
	fmt.Println(bank.Transfer("sav", "chk", 300))
	fmt.Println(bank.Transfer("chk", "sav", 350))
	err := bank.Transfer("chk", "sav", 100)
	fmt.Println(err)
	var inf *InsufficientFunds
	if errors.As(err, &inf) {
		fmt.Println("need", inf.Need, "have", inf.Have)
	}
	fmt.Println(bank.Transfer("zzz", "chk", 1))
	fmt.Println(bank.Transfer("sav", "chk", 0))
	sav.AddInterest()
	ids := []string{}
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%s %d\n", a.ID(), a.Balance())
	}
	fmt.Println(chk.log, sav.log)
}
