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
	done        chan struct{}
}

func NewBank() *Bank {
	b := &Bank{
		deposits:    make(chan int),
		balances:    make(chan int),
		withdrawals: make(chan withdrawal),
		done:        make(chan struct{}),
	}
	go b.teller()
	return b
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
		case <-b.done:
			return
		}
	}
}

func (b *Bank) Deposit(amount int) { b.deposits <- amount }
func (b *Bank) Balance() int       { return <-b.balances }
func (b *Bank) Withdraw(amount int) bool {
	ok := make(chan bool)
	b.withdrawals <- withdrawal{amount, ok}
	return <-ok
}
func (b *Bank) Close() { close(b.done) }

type MutexBank struct {
	sync.RWMutex
	balance int
}

func (b *MutexBank) Deposit(n int) {
	b.Lock()
	defer b.Unlock()
	b.deposit(n)
}
func (b *MutexBank) deposit(n int) { b.balance += n }
func (b *MutexBank) Balance() int {
	b.RLock()
	defer b.RUnlock()
	return b.balance
}
func (b *MutexBank) Withdraw(n int) bool {
	b.Lock()
	defer b.Unlock()
	b.deposit(-n)
	if b.balance < 0 {
		b.deposit(n)
		return false
	}
	return true
}

type Account interface {
	Deposit(int)
	Balance() int
	Withdraw(int) bool
}

func exercise(name string, a Account) {
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println(name, "after deposits:", a.Balance())
	var okCount int
	var mu sync.Mutex
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if a.Withdraw(300) {
				mu.Lock()
				okCount++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(name, "withdrawals ok:", okCount, "balance:", a.Balance())
	fmt.Println(name, "overdraw:", a.Withdraw(1000), a.Balance())
}

func main() {
	b := NewBank()
	exercise("chan", b)
	b.Close()
	exercise("mutex", &MutexBank{})
}
