package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func inv(x int) int {
	if x == 0 {
		panic("division by zero")
	}
	return 12 / x
}

func show(rs []any) string {
	var ss []string
	for _, r := range rs {
		ss = append(ss, fmt.Sprint(r))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(inv)
	pool := multiprocessing.NewPool(2)
	r := pool.ApplyAsync(inv, 0)
	r.Wait()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
	if _, err := r.Get(); err != nil {
		fmt.Println("ZeroDivisionError:", err)
	}
	m := pool.MapAsync(inv, []int{1, 0, 3})
	m.Wait()
	fmt.Println(pyBool(m.Successful()))
	if _, err := m.Get(); err != nil {
		fmt.Println("map ZeroDivisionError:", err)
	}
	rs, _ := pool.Map(inv, []int{1, 2, 3, 4})
	fmt.Println(show(rs))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
