package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int { return x * x * x }

func main() {
	multiprocessing.Main(cube)
	var mu sync.Mutex
	var results []int
	pool := multiprocessing.NewPool(3)
	var rs []*multiprocessing.AsyncResult
	for i := range 8 {
		r := pool.ApplyAsync(cube, i)
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			results = append(results, v.(int))
			mu.Unlock()
		})
		rs = append(rs, r)
	}
	var values []int
	for _, r := range rs {
		v, _ := r.Get()
		values = append(values, v.(int))
	}
	pool.Terminate()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(values), " ", ", "))
	mu.Lock()
	sort.Ints(results)
	same := fmt.Sprint(results) == fmt.Sprint(values)
	fmt.Println(pyBool(same), len(results))
	mu.Unlock()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
