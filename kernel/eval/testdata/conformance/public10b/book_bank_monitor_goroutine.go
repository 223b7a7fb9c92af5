package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

type Bank struct {
	deposits    chan int
	balances    chan int
	withdrawals chan withdrawal
}

func NewBank() *Bank {
	b := &Bank{make(chan int), make(chan int), make(chan withdrawal)}
	go b.teller()
	return b
}

func (b *Bank) Deposit(amount int) { b.deposits <- amount }
func (b *Bank) Balance() int       { return <-b.balances }
func (b *Bank) Withdraw(amount int) bool {
	ch := make(chan bool)
	b.withdrawals <- withdrawal{amount, ch}
	return <-ch
}

func (b *Bank) teller() {
	var balance int
	for {
		select {
		case amount := <-b.deposits:
			balance += amount
		case w := <-b.withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case b.balances <- balance:
		}
	}
}

func main() {
	bank := NewBank()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			bank.Deposit(v)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", bank.Balance())
	var mu sync.Mutex
	okCount := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if bank.Withdraw(500) {
				mu.Lock()
				okCount++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("successful withdrawals:", okCount, "balance:", bank.Balance())
	fmt.Println("overdraw:", bank.Withdraw(1000))
}
