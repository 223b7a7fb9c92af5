package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// A teller goroutine owns the balances; transfers are requests sent to it
// (share memory by communicating), so no account needs a lock.

var ErrFunds = errors.New("insufficient funds")

type transfer struct {
	from, to string
	amount   int
	reply    chan error
}

type query struct {
	reply chan map[string]int
}

func teller(balances map[string]int, transfers <-chan transfer, queries <-chan query) {
	for {
		select {
		case t, ok := <-transfers:
			if !ok {
				return
			}
			switch {
			case t.from == t.to:
				t.reply <- errors.New("same account")
			case balances[t.from] < t.amount:
				t.reply <- fmt.Errorf("move %d from %s: %w", t.amount, t.from, ErrFunds)
			default:
				balances[t.from] -= t.amount
				balances[t.to] += t.amount
				t.reply <- nil
			}
		case q := <-queries:
			snap := make(map[string]int, len(balances))
			for k, v := range balances {
				snap[k] = v
			}
			q.reply <- snap
		}
	}
}

func main() {
	transfers := make(chan transfer)
	queries := make(chan query)
	go teller(map[string]int{"a": 100, "b": 100, "c": 100, "d": 100}, transfers, queries)
	names := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	for i := 0; i < 120; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reply := make(chan error)
			transfers <- transfer{names[i%4], names[(i*3+1)%4], i%7 + 1, reply}
			if err := <-reply; err != nil {
				mu.Lock()
				failed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	q := query{make(chan map[string]int)}
	queries <- q
	snap := <-q.reply
	total := 0
	keys := make([]string, 0, len(snap))
	for k, v := range snap {
		total += v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("accounts:", keys, "total preserved:", total == 400)
	reply := make(chan error)
	transfers <- transfer{"a", "a", 1, reply}
	fmt.Println(<-reply)
	transfers <- transfer{"b", "c", 10_000, reply}
	err := <-reply
	fmt.Println(errors.Is(err, ErrFunds), err)
	close(transfers)
}
