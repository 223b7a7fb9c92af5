package main

import (
	"fmt"
	"sync"
)

type Doc struct {
	mu      sync.RWMutex
	version int
	body    []string
}

func (d *Doc) Read() (int, int) {
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.version, len(d.body)
}

func (d *Doc) Write(line string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.body = append(d.body, line)
	d.version++
}

func main() {
	d := &Doc{}
	var wg sync.WaitGroup
	inconsistent := 0
	var imu sync.Mutex
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				d.Write(fmt.Sprintf("w%d-%d", w, i))
			}
		}()
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				v, n := d.Read()
				if v != n {
					imu.Lock()
					inconsistent++
					imu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	v, n := d.Read()
	fmt.Println("version", v, "lines", n, "inconsistent reads", inconsistent)
	counts := map[byte]int{}
	for _, l := range d.body {
		counts[l[1]]++
	}
	fmt.Println(counts['0'], counts['1'])
}
