package main

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func waitThen(ev *multiprocessing.Event, x int) int {
	ev.WaitTimeout(30 * time.Second)
	return x * 2
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(waitThen, abs)
	m := multiprocessing.NewManager()
	ev := m.Event()
	p := multiprocessing.NewPool(1)
	r := p.ApplyAsync(waitThen, ev, 21)
	fmt.Println(b(r.Ready()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(regexp.MustCompile(` at 0x[0-9a-f]+`).ReplaceAllString(fmt.Sprint(e), ""))
			}
		}()
		r.Successful()
	}()
	if _, err := r.GetTimeout(50 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	r.WaitTimeout(10 * time.Millisecond)
	fmt.Println("None", b(r.Ready()))
	ev.Set()
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(v, b(r.Ready()), b(r.Successful()))
	mr := p.MapAsync(abs, []int{-1, -2})
	mr.WaitTimeout(30 * time.Second)
	mv, _ := mr.Get()
	l := mv.([]any)
	fmt.Printf("[%v, %v] %s\n", l[0], l[1], b(mr.Successful()))
	p.Terminate()
	m.Shutdown()
}
