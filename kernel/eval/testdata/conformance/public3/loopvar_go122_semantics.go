package main

import (
	"fmt"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var addrs []*int
	for i := 0; i < 3; i++ {
		addrs = append(addrs, &i)
	}
	fmt.Println(addrs[0] != addrs[1], *addrs[0], *addrs[2])
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { i *= 10; return i })
	}
	fmt.Println(fs[0](), fs[0](), fs[1](), fs[2]())
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i, s := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = s + s
		}()
	}
	wg.Wait()
	fmt.Println(res)
	m := map[string]func() string{}
	for _, k := range []string{"a", "b"} {
		m[k] = func() string { return k }
	}
	fmt.Println(m["a"](), m["b"]())
	for i := range 3 {
		defer func() { fmt.Print("d", i, " ") }()
	}
	j := 0
	for j = 0; j < 3; j++ {
	}
	fmt.Println("j after loop", j)
}
