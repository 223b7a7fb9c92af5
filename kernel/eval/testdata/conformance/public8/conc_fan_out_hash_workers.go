package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	name string
	sum  string
}

func main() {
	files := map[string]string{"a.txt": "alpha", "b.txt": "bravo", "c.txt": "charlie", "d.txt": "delta", "e.txt": ""}
	names := make(chan string)
	out := make(chan result)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range names {
				h := sha256.Sum256([]byte(files[n]))
				out <- result{n, hex.EncodeToString(h[:4])}
			}
		}()
	}
	go func() {
		keys := make([]string, 0, len(files))
		for k := range files {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			names <- k
		}
		close(names)
	}()
	go func() { wg.Wait(); close(out) }()
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].name < rs[j].name })
	for _, r := range rs {
		fmt.Println(r.name, r.sum)
	}
}
