package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func power(base, exp int) int {
	r := 1
	for i := 0; i < exp; i++ {
		r *= base
	}
	return r
}

func main() {
	multiprocessing.Main(power)
	pool := multiprocessing.NewPool(2)
	r := pool.StarmapAsync(power, [][]any{{2, 3}, {3, 2}, {10, 0}})
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Printf("%v %s %s\n", fmt.Sprintf("[%v, %v, %v]", v.([]any)...), pyBool(r.Ready()), pyBool(r.Successful()))
	a, _ := pool.Apply(power, 5, 2)
	fmt.Println(a)
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
