package main

import (
	"fmt"
	"sync"
)

type Bank interface {
	Deposit(int)
	Withdraw(int) bool
	Balance() int
}

type MutexBank struct {
	mu      sync.Mutex
	balance int
}

func (b *MutexBank) Deposit(n int) { b.mu.Lock(); b.balance += n; b.mu.Unlock() }
func (b *MutexBank) Balance() int  { b.mu.Lock(); defer b.mu.Unlock(); return b.balance }
func (b *MutexBank) Withdraw(n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance -= n
	if b.balance < 0 {
		b.balance += n
		return false
	}
	return true
}

type SemaBank struct {
	sema    chan struct{}
	balance int
}

func NewSemaBank() *SemaBank { return &SemaBank{sema: make(chan struct{}, 1)} }

func (b *SemaBank) Deposit(n int) { b.sema <- struct{}{}; b.balance += n; <-b.sema }
func (b *SemaBank) Balance() int  { b.sema <- struct{}{}; defer func() { <-b.sema }(); return b.balance }
func (b *SemaBank) Withdraw(n int) bool {
	b.sema <- struct{}{}
	defer func() { <-b.sema }()
	if b.balance < n {
		return false
	}
	b.balance -= n
	return true
}

func exercise(name string, b Bank) {
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); b.Deposit(i) }()
	}
	wg.Wait()
	var ok, fail int
	var mu sync.Mutex
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := b.Withdraw(100)
			mu.Lock()
			if r {
				ok++
			} else {
				fail++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Printf("%-6s balance=%d ok=%d fail=%d\n", name, b.Balance(), ok, fail)
}

func main() {
	exercise("mutex", &MutexBank{})
	exercise("sema", NewSemaBank())
	var b Bank = &MutexBank{}
	_, isSema := b.(*SemaBank)
	fmt.Println(isSema)
}
