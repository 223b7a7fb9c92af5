package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func main() {
	multiprocessing.Main(square)
	for _, c := range []struct {
		py, n int
	}{{0, multiprocessing.ZeroProcesses}, {-2, -2}} {
		p := multiprocessing.NewPool(c.n)
		r, err := p.Map(square, []any{1, 2, 3})
		if err != nil {
			fmt.Println(c.py, err)
			continue
		}
		fmt.Println(pyList(r))
		p.Terminate()
	}
	bad := &multiprocessing.Pool{Processes: 2, MaxTasksPerChild: -1}
	if _, err := bad.Map(square, []any{1}); err != nil {
		fmt.Println("maxtasksperchild=0", err)
	}
	p := multiprocessing.NewPool(0)
	r, _ := p.Map(square, []any{1, 2, 3})
	fmt.Println("default:", pyList(r))
	p.Terminate()
}

func pyList(xs []any) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
