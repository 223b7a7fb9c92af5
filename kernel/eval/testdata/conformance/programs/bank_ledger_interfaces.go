package main

import (
	"errors"
	"fmt"
	"sort"
)

type Account interface {
	ID() string
	Balance() float64
	Deposit(float64) error
	Withdraw(float64) error
}

var ErrAmount = errors.New("amount must be positive")

type InsufficientFunds struct {
	Need, Have float64
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %.2f, have %.2f", e.Need, e.Have)
}

type base struct {
	id  string
	bal float64
}

func (b *base) ID() string       { return b.id }
func (b *base) Balance() float64 { return b.bal }
func (b *base) Deposit(a float64) error {
	if a <= 0 {
		return ErrAmount
	}
	b.bal += a
	return nil
}
func (b *base) Withdraw(a float64) error {
	if a <= 0 {
		return ErrAmount
	}
	if a > b.bal {
		return InsufficientFunds{a, b.bal}
	}
	b.bal -= a
	return nil
}

type Savings struct {
	base
	rate float64
}

func (s *Savings) AddInterest() { s.bal += s.bal * s.rate }

type Checking struct {
	base
	overdraft float64
}

func (c *Checking) Withdraw(a float64) error {
	if a > c.bal+c.overdraft {
		return InsufficientFunds{a, c.bal + c.overdraft}
	}
	c.bal -= a
	return nil
}

func main() {
	s := &Savings{base{"S1", 100}, 0.05}
	c := &Checking{base{"C1", 50}, 100}
	accounts := []Account{s, c}
	fmt.Println(s.Withdraw(500))
	fmt.Println(c.Withdraw(120), c.Balance())
	fmt.Println(c.Deposit(-1), errors.Is(c.Deposit(0), ErrAmount))
	err := c.Withdraw(1000)
	var inf InsufficientFunds
	fmt.Println(errors.As(err, &inf), inf.Need, inf)
	s.AddInterest()
	sort.Slice(accounts, func(i, j int) bool { return accounts[i].Balance() < accounts[j].Balance() })
	for _, a := range accounts {
		fmt.Printf("%s %.2f %T\n", a.ID(), a.Balance(), a)
	}
}
