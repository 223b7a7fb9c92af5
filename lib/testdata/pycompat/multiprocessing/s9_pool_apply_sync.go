package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func add(a, b int) int {
	return a + b
}

func main() {
	multiprocessing.Main(add)
	pool := multiprocessing.NewPool(2)
	v, _ := pool.Apply(add, 2, 3)
	fmt.Println(v)
	r := pool.ApplyAsync(add, 10, 20)
	w, _ := r.GetTimeout(10 * time.Second)
	fmt.Println(w, pyBool(r.Ready()), pyBool(r.Successful()))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
