package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
	history []string
}

var ErrFunds = errors.New("insufficient funds")

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrFunds)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] { return &SafeMap[K, V]{m: make(map[K]V)} }
func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}
func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			acc.Deposit(n)
		}(i)
	}
	wg.Wait()
	fmt.Println(acc.Balance())
	err := acc.Withdraw(5000)
	fmt.Println(err, errors.Is(err, ErrFunds))
	fmt.Println(acc.Withdraw(225), acc.Balance())
	sm := NewSafeMap[string, int]()
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Set(fmt.Sprint("k", i%3), i%3)
		}()
	}
	wg.Wait()
	v, ok := sm.Get("k2")
	fmt.Println(v, ok, len(sm.m))
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
