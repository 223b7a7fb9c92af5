package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	var gs []func() string
	for _, s := range []string{"a", "b"} {
		gs = append(gs, func() string { return s })
	}
	fmt.Println(gs[0](), gs[1]())
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
		i := i * 10
		_ = i
	}
	j := 0
	for j = 0; j < 2; j++ {
	}
	fmt.Println(j)
	var hs []func() int
	for i := 0; i < 6; i += 2 {
		hs = append(hs, func() int { return i })
		i++
	}
	fmt.Println(hs[0](), hs[1]())
}
