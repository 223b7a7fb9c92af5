package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Account struct {
	balance int
	lock    threading.Lock
}

func (a *Account) Withdraw(amount int) bool {
	a.lock.Acquire()
	defer a.lock.Release()
	if a.balance >= amount {
		a.balance -= amount
		return true
	}
	return false
}

func (a *Account) Deposit(amount int) {
	a.lock.Acquire()
	defer a.lock.Release()
	a.balance += amount
}

func main() {
	acct := &Account{balance: 100}
	var ok []bool
	var okLock threading.Lock
	spender := func() {
		for range 10 {
			r := acct.Withdraw(3)
			okLock.Acquire()
			ok = append(ok, r)
			okLock.Release()
		}
	}
	saver := func() {
		for range 10 {
			acct.Deposit(1)
		}
	}
	var ts []*threading.Thread
	for range 5 {
		ts = append(ts, &threading.Thread{Target: spender})
	}
	for range 2 {
		ts = append(ts, &threading.Thread{Target: saver})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	n := 0
	for _, b := range ok {
		if b {
			n++
		}
	}
	fmt.Println(pyBool(acct.balance+3*n == 120), pyBool(acct.balance >= 0), len(ok))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
