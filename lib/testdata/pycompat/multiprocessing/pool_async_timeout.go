package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow(x int) int {
	time.Sleep(time.Second)
	return x * 2
}

func show(rs []any) string {
	var ss []string
	for _, r := range rs {
		ss = append(ss, fmt.Sprint(r))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(slow)
	pool := multiprocessing.NewPool(1)
	r := pool.ApplyAsync(slow, 21)
	if _, err := r.GetTimeout(10 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError", "''")
	}
	fmt.Println(pyBool(r.Ready()))
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(v, pyBool(r.Ready()), pyBool(r.Successful()))
	m := pool.MapAsync(slow, []int{1, 2})
	rs, _ := m.GetTimeout(30 * time.Second)
	fmt.Println(show(rs.([]any)))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
