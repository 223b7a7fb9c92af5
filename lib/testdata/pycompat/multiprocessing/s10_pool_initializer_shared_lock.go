package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var lock *multiprocessing.Lock
var counter *multiprocessing.Value

func initw(l *multiprocessing.Lock, v *multiprocessing.Value) {
	lock, counter = l, v
}

func tick(x int) int {
	lock.Acquire()
	counter.Set(counter.Get().(int) + x)
	lock.Release()
	return x * 2
}

func main() {
	multiprocessing.Main(initw, tick)
	l := multiprocessing.NewLock()
	v := multiprocessing.NewValue("i", 0)
	pool := &multiprocessing.Pool{Processes: 2, Initializer: initw, InitArgs: []any{l, v}}
	rs, _ := pool.Map(tick, []int{1, 2, 3, 4, 5})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Terminate()
	fmt.Println(v.Get())
}
