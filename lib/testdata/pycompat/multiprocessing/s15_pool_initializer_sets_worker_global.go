package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var factor any

func initw(f int) { factor = f }

func scale(x int) int { return x * factor.(int) }

func main() {
	multiprocessing.Main(initw, scale)
	pool := &multiprocessing.Pool{Processes: 2, Initializer: initw, InitArgs: []any{7}}
	rs, err := pool.Map(scale, []int{0, 1, 2, 3, 4})
	if err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
	var s []string
	for _, r := range rs {
		s = append(s, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	if factor == nil {
		fmt.Println("None")
	}
}
