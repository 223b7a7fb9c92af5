package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type lazy struct {
	once sync.Once
	val  string
}

type Registry struct {
	m     sync.Map
	built atomic.Int32
}

func (r *Registry) Get(key string) string {
	v, _ := r.m.LoadOrStore(key, &lazy{})
	l := v.(*lazy)
	l.once.Do(func() {
		r.built.Add(1)
		l.val = strings.ToUpper(key) + "!"
	})
	return l.val
}

func main() {
	var r Registry
	keys := []string{"db", "cache", "db", "queue", "cache", "db"}
	var wg sync.WaitGroup
	out := make([]string, len(keys)*5)
	for round := 0; round < 5; round++ {
		for i, k := range keys {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out[round*len(keys)+i] = r.Get(k)
			}()
		}
	}
	wg.Wait()
	fmt.Println("built:", r.built.Load())
	uniq := map[string]int{}
	for _, s := range out {
		uniq[s]++
	}
	var ks []string
	for k := range uniq {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, uniq[k])
	}
}
