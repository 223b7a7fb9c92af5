package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func fail(x int) int {
	panic(fmt.Sprintf("ValueError: bad %d", x))
}

func main() {
	multiprocessing.Main(square, fail)
	var mu sync.Mutex
	var got []string
	pool := multiprocessing.NewPool(2)
	r1 := pool.ApplyAsync(square, 7)
	r1.AddDoneCallback(func(v any, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err == nil {
			got = append(got, fmt.Sprintf("('ok', %v)", v))
		}
	})
	r2 := pool.ApplyAsync(fail, 3)
	r2.AddDoneCallback(func(v any, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			name, msg, _ := strings.Cut(err.Error(), ": ")
			got = append(got, fmt.Sprintf("('err', '%s', '%s')", name, msg))
		} else {
			got = append(got, fmt.Sprintf("('never', %v)", v))
		}
	})
	r1.Wait()
	r2.Wait()
	v, _ := r1.Get()
	fmt.Println(v, pyBool(r1.Successful()), pyBool(r2.Successful()))
	pool.Terminate()
	mu.Lock()
	sort.Strings(got)
	fmt.Printf("[%s]\n", strings.Join(got, ", "))
	mu.Unlock()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
