package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func check(x int) int {
	if x == 3 {
		panic("ValueError: three")
	}
	return x + 100
}

func list(vs []any) string {
	var s []string
	for _, v := range vs {
		s = append(s, fmt.Sprint(v))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(check)
	var mu sync.Mutex
	var events []string
	cb := func(v any, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			_, msg, _ := strings.Cut(err.Error(), ": ")
			events = append(events, fmt.Sprintf("('err', '%s')", msg))
		} else {
			events = append(events, fmt.Sprintf("('ok', %s)", list(v.([]any))))
		}
	}
	pool := multiprocessing.NewPool(2)
	r1 := pool.MapAsync(check, []int{1, 2})
	r1.AddDoneCallback(cb)
	r1.Wait()
	r2 := pool.MapAsync(check, []int{2, 3, 4})
	r2.AddDoneCallback(cb)
	r2.Wait()
	v1, _ := r1.Get()
	fmt.Println(py(r1.Successful()), py(r2.Successful()), list(v1.([]any)))
	pool.Terminate()
	mu.Lock()
	fmt.Println("[" + strings.Join(events, ", ") + "]")
	mu.Unlock()
}
