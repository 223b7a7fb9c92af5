package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func sq(x int) int { return x * x }

func f() {}

func main() {
	multiprocessing.Main(sq)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	fmt.Println((&threading.Thread{Target: f}).GetName())
	a, _ := ex.Submit(sq, 3).Result()
	b, _ := ex.Submit(sq, 4).Result()
	fmt.Println(a, b)
	fmt.Println((&threading.Thread{Target: f}).GetName())
	ex.Shutdown(true, false)
	fmt.Println((&threading.Thread{Target: f}).GetName())
}
