package main

import "fmt"

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }
func (a Account) Balance() int   { return a.balance }

type Holder struct{ *Account }

func open() *Account { return &Account{} }
func value() Account { return Account{5} }

func main() {
	var a Account
	a.Deposit(1) // a variable is addressable
	accts := []Account{{}, {}}
	accts[1].Deposit(2) // so is a slice element
	arr := [1]Account{}
	arr[0].Deposit(3)
	ptrs := map[string]*Account{"p": {}}
	ptrs["p"].Deposit(4) // a pointer in a map
	open().Deposit(5)    // a pointer result
	Holder{&Account{}}.Deposit(6)
	(&Account{}).Deposit(7)
	s := struct{ acc Account }{}
	s.acc.Deposit(8)
	fmt.Println(a.Balance(), accts[1].Balance(), arr[0].Balance(), ptrs["p"].Balance(), value().Balance(), s.acc.Balance())
	dep := a.Deposit
	dep(10)
	fmt.Println(a.balance)
}
