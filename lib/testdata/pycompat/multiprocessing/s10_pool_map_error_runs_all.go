package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var counter *multiprocessing.Value

func initv(v *multiprocessing.Value) {
	counter = v
}

func task(x int) int {
	if x == 0 {
		panic("ValueError: bad item 0")
	}
	counter.GetLock().Acquire()
	counter.Set(counter.Get().(int) + 1)
	counter.GetLock().Release()
	return x
}

func main() {
	multiprocessing.Main(initv, task)
	v := multiprocessing.NewValue("i", 0)
	pool := &multiprocessing.Pool{Processes: 1, Initializer: initv, InitArgs: []any{v}}
	if _, err := pool.Map(task, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(v.Get())
	r := pool.MapAsync(task, []int{0, 1, 2})
	r.Wait()
	s := "False"
	if r.Successful() {
		s = "True"
	}
	fmt.Println(s, v.Get())
	pool.Close()
	pool.Join()
}
