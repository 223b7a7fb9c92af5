package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slowSquare(x int, ev *multiprocessing.Event) int {
	ev.WaitTimeout(30 * time.Second)
	return x * x
}

func fail(x string) int {
	panic(fmt.Errorf("KeyError: '%s'", x))
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(slowSquare, fail)
	var results []string
	var errs []string
	m := multiprocessing.NewManager()
	ev := m.Event()
	pool := multiprocessing.NewPool(2)
	cb := func(v any, err error) {
		if err != nil {
			kind, _, _ := strings.Cut(err.Error(), ":")
			errs = append(errs, "'"+kind+"'")
			return
		}
		results = append(results, fmt.Sprint(v))
	}
	r := pool.ApplyAsync(slowSquare, 6, ev)
	r.AddDoneCallback(cb)
	if _, err := r.GetTimeout(200 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError", "''", py(r.Ready()))
	}
	ev.Set()
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(v, py(r.Ready()), py(r.Successful()))
	bad := pool.ApplyAsync(fail, "k")
	bad.AddDoneCallback(cb)
	bad.WaitTimeout(30 * time.Second)
	fmt.Println("bad:", py(bad.Ready()), py(bad.Successful()))
	if _, err := bad.Get(); err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
	fmt.Println("["+strings.Join(results, ", ")+"]", "["+strings.Join(errs, ", ")+"]")
	m.Shutdown()
}
