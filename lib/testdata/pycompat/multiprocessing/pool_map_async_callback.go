package main

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inc(x int) int {
	return x + 1
}

func pow(a, b int) int {
	return int(math.Pow(float64(a), float64(b)))
}

func list(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func main() {
	multiprocessing.Main(inc, pow)
	var mu sync.Mutex
	var got []string
	cb := func(v any, err error) {
		mu.Lock()
		got = append(got, list(v))
		mu.Unlock()
	}
	pool := multiprocessing.NewPool(2)
	r := pool.MapAsync(inc, []int{0, 1, 2, 3, 4, 5})
	r.AddDoneCallback(cb)
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(list(v))
	r.Wait()
	s := pool.StarmapAsync(pow, [][]any{{2, 3}, {3, 2}})
	s.AddDoneCallback(cb)
	s.Wait()
	sv, _ := s.Get()
	fmt.Println(list(sv), pyBool(s.Ready()))
	pool.Terminate()
	mu.Lock()
	fmt.Printf("[%s]\n", strings.Join(got, ", "))
	mu.Unlock()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
