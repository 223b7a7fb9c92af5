package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Wallet struct {
	balance Bitcoin
}

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) { w.balance += amount }
func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}
func (w *Wallet) Balance() Bitcoin { return w.balance }

func (w Wallet) BrokenDeposit(amount Bitcoin) { w.balance += amount }

func main() {
	w := Wallet{}
	w.Deposit(Bitcoin(10))
	fmt.Println(w.Balance())
	fmt.Printf("got %s want %s\n", w.Balance(), Bitcoin(10))
	w.BrokenDeposit(100)
	fmt.Println(w.Balance())
	err := w.Withdraw(Bitcoin(20))
	fmt.Println(err, w.Balance())
	err = w.Withdraw(Bitcoin(4))
	fmt.Println(err, w.Balance())
	fmt.Printf("%v %d %+v %#v\n", w.balance, w.balance, w, w)
	ws := []*Wallet{{5}, {7}}
	for _, x := range ws {
		x.Deposit(1)
	}
	fmt.Println(ws[0].Balance(), ws[1].Balance())
	total := Bitcoin(0)
	for _, x := range ws {
		total += x.Balance()
	}
	fmt.Println("total:", total, total*2, total/4, -total)
	m := map[string]Bitcoin{"a": 1, "b": 2}
	fmt.Println(m)
}
