package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type sync2 struct{ n int }

func process(strings []string) int {
	total := 0
	for _, s := range strings {
		total += len(s)
	}
	return total
}

func main() {
	fmt.Println(process([]string{"ab", "cde"}))
	var mu sync.Mutex
	{
		time := 3 * time.Second
		fmt.Println("shadowed time:", time)
	}
	fmt.Println(time.Duration(5) * time.Millisecond)
	upper := strings.ToUpper
	{
		strings := []string{"x", "y"}
		fmt.Println(len(strings), upper(strings[0]))
	}
	mu.Lock()
	sync := sync2{n: 4}
	mu.Unlock()
	fmt.Println(sync.n)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	nil := 0
	fmt.Println(nil + 1)
	{
		type int struct{ v string }
		fmt.Printf("%+v\n", int{"shadowed int"})
	}
}
