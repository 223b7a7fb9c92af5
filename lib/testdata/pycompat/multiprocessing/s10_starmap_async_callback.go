package main

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func mul(a, b int) int { return a * b }

func list(xs []any) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func main() {
	multiprocessing.Main(mul)
	var mu sync.Mutex
	var got []string
	pool := multiprocessing.NewPool(2)
	r := pool.StarmapAsync(mul, [][]int{{1, 2}, {3, 4}, {5, 6}})
	r.AddDoneCallback(func(v any, err error) {
		mu.Lock()
		got = append(got, list(v.([]any)))
		mu.Unlock()
	})
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(list(v.([]any)))
	r.Wait()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	var pairs [][]int
	for i := range 4 {
		pairs = append(pairs, []int{i, i + 4})
	}
	rs, _ := pool.Starmap(mul, pairs)
	fmt.Println(list(rs))
	pool.Terminate()
	mu.Lock()
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	mu.Unlock()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
