package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Inventory struct {
	mu    sync.RWMutex
	stock map[string]int
	log   []string
}

var ErrOut = errors.New("out of stock")

func (inv *Inventory) Reserve(item string, n int) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock[item] < n {
		return fmt.Errorf("reserve %d %s: %w", n, item, ErrOut)
	}
	inv.stock[item] -= n
	return nil
}

func (inv *Inventory) Level(item string) int {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	return inv.stock[item]
}

func (inv *Inventory) Snapshot() map[string]int {
	inv.mu.RLock()
	defer inv.mu.RUnlock()
	out := make(map[string]int, len(inv.stock))
	for k, v := range inv.stock {
		out[k] = v
	}
	return out
}

func main() {
	inv := &Inventory{stock: map[string]int{"apple": 50, "pear": 10, "plum": 0}}
	var wg sync.WaitGroup
	var failures sync.Map
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			item := []string{"apple", "pear", "plum"}[i%3]
			if err := inv.Reserve(item, 2); err != nil {
				v, _ := failures.LoadOrStore(item, new(int))
				p := v.(*int)
				inv.mu.Lock()
				*p++
				inv.mu.Unlock()
			}
			_ = inv.Level(item)
		}()
	}
	wg.Wait()
	snap := inv.Snapshot()
	keys := make([]string, 0)
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f, _ := failures.Load(k)
		n := 0
		if f != nil {
			n = *f.(*int)
		}
		fmt.Printf("%s left=%d failed=%d\n", k, snap[k], n)
	}
	err := inv.Reserve("plum", 1)
	fmt.Println(err, errors.Is(err, ErrOut))
}
