package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	text := `the cat sat on the mat the dog sat on the log
a cat and a dog met on the mat and sat`
	words := strings.Fields(text)
	var chunks [][]string
	for i := range 3 {
		var c []string
		for j := i; j < len(words); j += 3 {
			c = append(c, words[j])
		}
		chunks = append(chunks, c)
	}
	totals := map[string]int{}
	var lock threading.Lock
	count := func(chunk []string) {
		local := map[string]int{}
		for _, w := range chunk {
			local[w]++
		}
		lock.Acquire()
		for w, n := range local {
			totals[w] += n
		}
		lock.Release()
	}
	var ts []*threading.Thread
	for _, c := range chunks {
		ts = append(ts, &threading.Thread{Target: func() { count(c) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	type kv struct {
		w string
		n int
	}
	var all []kv
	sum := 0
	for w, n := range totals {
		all = append(all, kv{w, n})
		sum += n
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	var top []string
	for _, e := range all[:4] {
		top = append(top, fmt.Sprintf("('%s', %d)", e.w, e.n))
	}
	ok := "False"
	if sum == len(words) {
		ok = "True"
	}
	fmt.Println("["+strings.Join(top, ", ")+"]", ok)
}
