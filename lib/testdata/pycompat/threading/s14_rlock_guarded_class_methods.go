package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

type Account struct {
	balance int
	lock    threading.RLock
}

func (a *Account) Deposit(amount int) {
	a.lock.Acquire()
	defer a.lock.Release()
	a.balance += amount
}

func (a *Account) Withdraw(amount int) bool {
	a.lock.Acquire()
	defer a.lock.Release()
	if a.balance < amount {
		return false
	}
	a.balance -= amount
	return true
}

func (a *Account) TransferIn(amount, times int) {
	a.lock.Acquire()
	defer a.lock.Release()
	for i := 0; i < times; i++ {
		a.Deposit(amount)
	}
}

func main() {
	acc := &Account{balance: 100}
	var threads []*threading.Thread
	for i := 0; i < 4; i++ {
		threads = append(threads, &threading.Thread{Target: func() { acc.TransferIn(5, 10) }})
	}
	for i := 0; i < 3; i++ {
		threads = append(threads, &threading.Thread{Target: func() { acc.Withdraw(30) }})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	py := map[bool]string{true: "True", false: "False"}
	b := acc.balance
	w1 := acc.Withdraw(1000)
	w2 := acc.Withdraw(200)
	fmt.Println(b, py[w1], py[w2], acc.balance)
}
