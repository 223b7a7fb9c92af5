package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func pow(a, b int) int {
	r := 1
	for range b {
		r *= a
	}
	return r
}

func list(v []any) string { return strings.ReplaceAll(fmt.Sprint(v), " ", ", ") }

func main() {
	multiprocessing.Main(square, pow)
	pool := &multiprocessing.Pool{Processes: 2}
	rs, _ := pool.Map(square, []int{0, 1, 2, 3, 4, 5})
	fmt.Println(list(rs))
	r := pool.ApplyAsync(square, 7)
	v, _ := r.GetTimeout(10 * time.Second)
	fmt.Println(v, pyBool(r.Ready()), pyBool(r.Successful()))
	rs, _ = pool.Starmap(pow, [][]any{{2, 3}, {3, 2}})
	fmt.Println(list(rs))
	pool.Terminate()
	v, _ = r.Get()
	fmt.Println(v)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
