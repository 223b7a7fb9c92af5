package main

import (
	"fmt"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inv(x int) int {
	if x == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return 10 / x
}

func main() {
	multiprocessing.Main(inv)
	var mu sync.Mutex
	var calls []string
	cb := func(v any, err error) {
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			typ, msg, _ := strings.Cut(err.Error(), ": ")
			calls = append(calls, fmt.Sprintf("('err', '%s', '%s')", typ, msg))
			return
		}
		calls = append(calls, "('ok', "+strings.ReplaceAll(fmt.Sprint(v), " ", ", ")+")")
	}
	pool := multiprocessing.NewPool(2)
	r := pool.MapAsync(inv, []int{5, 2, 0, 1})
	r.AddDoneCallback(cb)
	r.Wait()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	if _, err := r.Get(); err != nil {
		_, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("get raised", msg)
	}
	r2 := pool.MapAsync(inv, []int{5, 2})
	r2.AddDoneCallback(cb)
	r2.Wait()
	pool.Terminate()
	fmt.Println("[" + strings.Join(calls, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
