package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type entry struct {
	from, to string
	amount   int
	result   chan error
}

type Ledger struct {
	entries chan entry
	audit   chan chan map[string]int
}

var errFunds = errors.New("insufficient funds")

func NewLedger(opening map[string]int) *Ledger {
	l := &Ledger{entries: make(chan entry), audit: make(chan chan map[string]int)}
	go func() {
		bal := map[string]int{}
		for k, v := range opening {
			bal[k] = v
		}
		for {
			select {
			case e := <-l.entries:
				if bal[e.from] < e.amount {
					e.result <- fmt.Errorf("%s->%s %d: %w", e.from, e.to, e.amount, errFunds)
					continue
				}
				bal[e.from] -= e.amount
				bal[e.to] += e.amount
				e.result <- nil
			case reply := <-l.audit:
				cp := map[string]int{}
				for k, v := range bal {
					cp[k] = v
				}
				reply <- cp
			}
		}
	}()
	return l
}

func (l *Ledger) Transfer(from, to string, amount int) error {
	res := make(chan error)
	l.entries <- entry{from, to, amount, res}
	return <-res
}

func (l *Ledger) Audit() map[string]int {
	r := make(chan map[string]int)
	l.audit <- r
	return <-r
}

func main() {
	l := NewLedger(map[string]int{"ann": 300, "ben": 300, "cat": 300})
	names := []string{"ann", "ben", "cat"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 40; i++ {
				err := l.Transfer(names[(g+i)%3], names[(g+2*i+1)%3], 10+i%50)
				if errors.Is(err, errFunds) {
					mu.Lock()
					failures++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	bal := l.Audit()
	keys := make([]string, 0)
	total := 0
	for k, v := range bal {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	nonneg := true
	for _, k := range keys {
		if bal[k] < 0 {
			nonneg = false
		}
	}
	fmt.Println("accounts:", keys, "total:", total, "non-negative:", nonneg)
	fmt.Println(l.Transfer("ann", "ben", 1_000_000))
	fmt.Println(l.Transfer("ann", "ann", 0))
}
