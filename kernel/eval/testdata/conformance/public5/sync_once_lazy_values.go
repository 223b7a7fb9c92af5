package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Config struct {
	once sync.Once
	vals map[string]string
	load int
}

func (c *Config) Get(key string) string {
	c.once.Do(func() {
		c.load++
		c.vals = map[string]string{"host": "localhost", "port": "8080"}
	})
	return c.vals[key]
}

var (
	regexCompiles int
	getTable      = sync.OnceValue(func() map[rune]int {
		regexCompiles++
		t := map[rune]int{}
		for i, r := range "abcdefghij" {
			t[r] = i
		}
		return t
	})
	parsePort = sync.OnceValues(func() (int, error) {
		var p int
		_, err := fmt.Sscanf("port=8443", "port=%d", &p)
		return p, err
	})
)

type Singleton struct{ id int }

var (
	instance *Singleton
	instOnce sync.Once
	created  int
)

func Instance() *Singleton {
	instOnce.Do(func() {
		created++
		instance = &Singleton{id: 100 + created}
	})
	return instance
}

func main() {
	c := &Config{}
	var wg sync.WaitGroup
	res := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				res[i] = c.Get("host")
			} else {
				res[i] = c.Get("port")
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(res, ","), c.load)

	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getTable()['e']
		}()
	}
	wg.Wait()
	fmt.Println(getTable()['e'], len(getTable()), regexCompiles)
	p, err := parsePort()
	p2, _ := parsePort()
	fmt.Println(p, err, p2)

	ptrs := make(chan *Singleton, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); ptrs <- Instance() }()
	}
	wg.Wait()
	close(ptrs)
	same := true
	for s := range ptrs {
		same = same && s == Instance()
	}
	fmt.Println(same, Instance().id, created)

	var o sync.Once
	calls := []string{}
	func() {
		defer func() { calls = append(calls, fmt.Sprint("recovered ", recover())) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { calls = append(calls, "second never runs") })
	sort.Strings(calls)
	fmt.Println(calls)
	pf := sync.OnceFunc(func() { calls = append(calls, "oncefunc") })
	pf()
	pf()
	fmt.Println(len(calls))
}
