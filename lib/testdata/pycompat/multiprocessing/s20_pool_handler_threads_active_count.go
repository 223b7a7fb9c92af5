package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func sq(x int) int { return x * x }

func f() {}

func main() {
	multiprocessing.Main(sq)
	fmt.Println((&threading.Thread{Target: f}).GetName())
	p := multiprocessing.NewPool(1)
	r, _ := p.Map(sq, []int{1, 2, 3})
	fmt.Printf("[%v, %v, %v]\n", r[0], r[1], r[2])
	fmt.Println(threading.ActiveCount(), (&threading.Thread{Target: f}).GetName())
	p.Terminate()
	fmt.Println((&threading.Thread{Target: f}).GetName())
}
