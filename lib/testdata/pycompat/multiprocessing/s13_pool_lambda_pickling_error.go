package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int { return x * x }

func main() {
	multiprocessing.Main(square)
	pool := multiprocessing.NewPool(2)
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"map", func() error { _, err := pool.Map(func(x int) int { return x }, []int{1, 2}); return err }},
		{"apply", func() error { _, err := pool.Apply(func() int { return 1 }); return err }},
		{"apply_async", func() error {
			_, err := pool.ApplyAsync(func() int { return 1 }).GetTimeout(10 * time.Second)
			return err
		}},
	} {
		if err := c.call(); err != nil {
			name, msg, _ := strings.Cut(err.Error(), ": ")
			fmt.Println(c.name, name+":", strings.Split(msg, " <")[0])
		}
	}
	r, _ := pool.Map(square, []int{1, 2, 3})
	fmt.Println("the pool still works:", pyList(r))
	pool.Terminate()
}

func pyList(xs []any) string {
	s := "["
	for i, x := range xs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(x)
	}
	return s + "]"
}
