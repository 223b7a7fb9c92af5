package main

import (
	"fmt"
	"sync"
)

type Doc struct {
	mu      sync.RWMutex
	version int
	lines   []string
}

func (d *Doc) Append(s string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.lines = append(d.lines, s)
	d.version++
}

func (d *Doc) Snapshot() (int, []string) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	cp := make([]string, len(d.lines))
	copy(cp, d.lines)
	return d.version, cp
}

func main() {
	d := &Doc{}
	var wg sync.WaitGroup
	bad := 0
	var bmu sync.Mutex
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				d.Append(fmt.Sprintf("w%d-%d", w, i))
			}
		}()
	}
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				v, lines := d.Snapshot()
				if v != len(lines) {
					bmu.Lock()
					bad++
					bmu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	v, lines := d.Snapshot()
	fmt.Println("version", v, "lines", len(lines), "inconsistent", bad)
	per := map[byte]int{}
	for _, l := range lines {
		per[l[1]]++
	}
	fmt.Println(per['0'], per['1'], per['2'])
}
