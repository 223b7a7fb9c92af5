package main

import (
	"fmt"
	"strings"
)

type string2 = string

var count = 10

func shadowParam(count int) int {
	count++
	return count
}

func namedResults() (fmt2 string, err error) {
	fmt2 = "named"
	if err := error(nil); err == nil {
		err = fmt.Errorf("inner err shadows")
		_ = err
	}
	return
}

func main() {
	fmt.Println(shadowParam(1), count)
	count := "local"
	fmt.Println(count)
	{
		count := 3.5
		count *= 2
		fmt.Println(count)
	}
	r, err := namedResults()
	fmt.Println(r, err)
	strs := []string2{"b", "a"}
	if strings := strings.Join(strs, "+"); len(strings) > 0 {
		fmt.Println("shadowed package:", strings)
	}
	fmt.Println(strings.ToUpper("package back"))
	x := 1
	f := func() int {
		x := x + 10
		return x
	}
	fmt.Println(f(), x)
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	type int32 = int64
	var big int32 = 1 << 40
	fmt.Println(big)
	cap := func(s []int) int { return -1 }
	fmt.Println(cap([]int{1}))
	nil_ := 0
	_ = nil_
	var err2 error
	if v, err2 := 5, fmt.Errorf("x"); v > 0 {
		fmt.Println(err2)
	}
	fmt.Println(err2 == nil)
	switch x := "switch-scope"; x {
	case "switch-scope":
		x := len(x)
		fmt.Println(x)
	}
	fmt.Println(x)
}
