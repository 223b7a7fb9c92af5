package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slowDouble(x int, delay float64) int {
	time.Sleep(time.Duration(delay * float64(time.Second)))
	return 2 * x
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(slowDouble)
	pool := multiprocessing.NewPool(2)
	defer pool.Terminate()
	v, _ := pool.Apply(slowDouble, 5, 0.0)
	fmt.Println(v)
	r := pool.ApplyAsync(slowDouble, 7, 3.0)
	if _, err := r.GetTimeout(200 * time.Millisecond); err != nil {
		fmt.Println("TimeoutError", py(r.Ready()))
	}
	v, _ = r.GetTimeout(30 * time.Second)
	fmt.Println(v, py(r.Ready()), py(r.Successful()))
}
