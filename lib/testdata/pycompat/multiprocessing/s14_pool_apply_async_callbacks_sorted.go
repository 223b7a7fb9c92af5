package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func risky(x int) int {
	if x%3 == 0 {
		panic(fmt.Sprintf("multiple of three: %d", x))
	}
	return x * x
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
	pool := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for x := 1; x < 8; x++ {
		r := pool.ApplyAsync(risky, x)
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				bad = append(bad, "'"+err.Error()+"'")
			} else {
				good = append(good, v.(int))
			}
		})
		rs = append(rs, r)
	}
	var ok []string
	for _, r := range rs {
		r.Wait()
		ok = append(ok, py(r.Successful()))
	}
	fmt.Println("[" + strings.Join(ok, ", ") + "]")
	if _, err := rs[2].Get(); err != nil {
		fmt.Println("get:", err)
	}
	v, _ := rs[0].GetTimeout(5 * time.Second)
	fmt.Println(v)
	pool.Terminate()
	mu.Lock()
	defer mu.Unlock()
	sort.Ints(good)
	sort.Strings(bad)
	gs := make([]string, len(good))
	for i, g := range good {
		gs[i] = fmt.Sprint(g)
	}
	fmt.Println("[" + strings.Join(gs, ", ") + "]")
	fmt.Println("[" + strings.Join(bad, ", ") + "]")
}
