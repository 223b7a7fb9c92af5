package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func noop() {}

func main() {
	multiprocessing.Main(square, noop)
	pool := multiprocessing.NewPool(1)
	r := pool.ApplyAsync(square, 7)
	r.Wait()
	got, ready := 0, 0
	for i := 0; i < 30; i++ {
		if v, err := r.GetTimeout(0); err == nil && v == 49 {
			got++
		}
		if r.Ready() {
			ready++
		}
	}
	fmt.Println(got, ready)
	waits := 0
	for i := 0; i < 30; i++ {
		if r.WaitTimeout(0) {
			waits++
		}
	}
	fmt.Println(waits)
	pool.Terminate()
	p := &multiprocessing.Process{Target: noop}
	p.Start()
	p.Join()
	alive := 0
	for i := 0; i < 30; i++ {
		if !p.JoinTimeout(0) || p.IsAlive() {
			alive++
		}
	}
	fmt.Println(alive, p.ExitCode())
}
