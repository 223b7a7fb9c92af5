package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account interface {
	ID() string
	Balance() int
	Deposit(int) error
	Withdraw(int) error
}

var (
	ErrAmount = errors.New("invalid amount")
	ErrFunds  = errors.New("insufficient funds")
	ErrFrozen = errors.New("account frozen")
)

type base struct {
	mu  sync.Mutex
	id  string
	bal int
}

func (b *base) ID() string { return b.id }
func (b *base) Balance() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.bal
}
func (b *base) Deposit(n int) error {
	if n <= 0 {
		return fmt.Errorf("deposit %d to %s: %w", n, b.id, ErrAmount)
	}
	b.mu.Lock()
	b.bal += n
	b.mu.Unlock()
	return nil
}
func (b *base) Withdraw(n int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n > b.bal {
		return fmt.Errorf("withdraw %d from %s: %w", n, b.id, ErrFunds)
	}
	b.bal -= n
	return nil
}

type Checking struct {
	base
	overdraft int
}

func (c *Checking) Withdraw(n int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n > c.bal+c.overdraft {
		return fmt.Errorf("withdraw %d from %s: %w", n, c.id, ErrFunds)
	}
	c.bal -= n
	return nil
}

type Frozen struct {
	Account
}

func (Frozen) Withdraw(int) error { return ErrFrozen }

func Transfer(from, to Account, n int) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = from.Withdraw(n); err != nil {
		return err
	}
	if err = to.Deposit(n); err != nil {
		from.Deposit(n)
		return err
	}
	return nil
}

func main() {
	sav := &base{id: "SAV", bal: 100}
	chk := &Checking{base{id: "CHK", bal: 50}, 100}
	frz := Frozen{&base{id: "FRZ", bal: 500}}
	accts := []Account{sav, chk, frz}
	fmt.Println(Transfer(sav, chk, 30))
	fmt.Println(Transfer(chk, sav, 150))
	fmt.Println(Transfer(chk, sav, 100))
	err := Transfer(frz, sav, 1)
	fmt.Println(err, errors.Is(err, ErrFrozen))
	err = Transfer(sav, chk, -5)
	fmt.Println(err, errors.Is(err, ErrAmount), errors.Is(err, ErrFunds))
	var wg sync.WaitGroup
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				sav.Deposit(1)
			} else {
				sav.Withdraw(1)
			}
		}()
	}
	wg.Wait()
	sort.Slice(accts, func(i, j int) bool { return accts[i].Balance() < accts[j].Balance() })
	for _, a := range accts {
		fmt.Printf("%s %d %T\n", a.ID(), a.Balance(), a)
	}
}
