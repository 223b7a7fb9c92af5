package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func div(a, b int) int {
	if b == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b
}

func b(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(div)
	p := multiprocessing.NewPool(2)
	r := p.StarmapAsync(div, [][]any{{10, 2}, {9, 3}, {8, 4}})
	v, _ := r.GetTimeout(30 * time.Second)
	l := v.([]any)
	fmt.Printf("[%v, %v, %v] %s\n", l[0], l[1], l[2], b(r.Successful()))
	r = p.StarmapAsync(div, [][]any{{1, 1}, {1, 0}})
	if _, err := r.GetTimeout(30 * time.Second); err != nil {
		fmt.Println(err, b(r.Successful()))
	}
	s, _ := p.Starmap(div, [][]any{{7, 7}}, 1)
	fmt.Printf("[%v]\n", s[0])
	p.Terminate()
}
