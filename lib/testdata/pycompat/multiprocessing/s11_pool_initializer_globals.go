package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var factor = 1

func setup(f int) {
	factor = f
}

func scale(x int) int {
	return x * factor
}

func main() {
	multiprocessing.Main(setup, scale)
	pool := &multiprocessing.Pool{Processes: 2, Initializer: setup, InitArgs: []any{10}}
	r, _ := pool.Map(scale, []int{1, 2, 3})
	fmt.Println(pyList(r))
	pool.Terminate()
	fmt.Println(scale(5))
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
