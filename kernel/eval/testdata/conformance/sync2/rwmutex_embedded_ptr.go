package main

import (
	"fmt"
	"sync"
)

type Account struct {
	*sync.RWMutex
	balance int
}

func (a Account) Balance() int {
	a.RLock()
	defer a.RUnlock()
	return a.balance
}

func main() {
	a := &Account{RWMutex: &sync.RWMutex{}}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Lock()
			a.balance += i
			a.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(a.Balance())
}
