package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func risky(x int) int {
	if x%3 == 0 {
		panic(fmt.Sprintf("ValueError: no multiples of 3: %d", x))
	}
	return x * 10
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(risky)
	var mu sync.Mutex
	var good []int
	var bad []string
	pool := multiprocessing.NewPool(3)
	var rs []*multiprocessing.AsyncResult
	for x := 1; x < 8; x++ {
		r := pool.ApplyAsync(risky, x)
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				_, msg, _ := strings.Cut(err.Error(), ": ")
				bad = append(bad, "'"+msg+"'")
			} else {
				good = append(good, v.(int))
			}
		})
		rs = append(rs, r)
	}
	for _, r := range rs {
		r.Wait()
	}
	var succ, ready []string
	for _, r := range rs {
		succ = append(succ, py(r.Successful()))
		ready = append(ready, py(r.Ready()))
	}
	fmt.Println("[" + strings.Join(succ, ", ") + "]")
	fmt.Println("[" + strings.Join(ready, ", ") + "]")
	pool.Terminate()
	sort.Ints(good)
	sort.Strings(bad)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(good), " ", ", "))
	fmt.Println("[" + strings.Join(bad, ", ") + "]")
	if _, err := rs[2].Get(); err != nil {
		name, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("get:", name, msg)
	}
}
