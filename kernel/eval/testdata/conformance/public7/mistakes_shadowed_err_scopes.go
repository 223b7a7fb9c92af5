package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errEmpty = errors.New("empty input")

func parseAll(in []string) (total int, err error) {
	for _, s := range in {
		if s == "" {
			err = errEmpty
			continue
		}
		n, err := strconv.Atoi(s) // shadows the named result
		if err != nil {
			fmt.Println("inner err:", err)
			continue
		}
		total += n
	}
	return total, err
}

func client(fail bool) (string, error) {
	var result string
	var err error
	if fail {
		result, err = "", errors.New("client failed")
	} else {
		result, err := "ok", error(nil)
		_ = err
		fmt.Println("shadow result in block:", result)
	}
	return result, err
}

func main() {
	t, err := parseAll([]string{"1", "x", "", "3"})
	fmt.Println(t, err)
	r, err := client(false)
	fmt.Printf("%q %v\n", r, err)
	r, err = client(true)
	fmt.Printf("%q %v\n", r, err)

	x := 1
	if x := 2; x > 1 {
		fmt.Println("if-scope x", x)
		x := 3
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	switch x := "s"; x {
	case "s":
		fmt.Println("switch x", x)
	}
	for x := 0; x < 1; x++ {
		x := x + 10
		fmt.Println("loop body x", x)
	}
	fmt.Println(x)
	{
		len := func(s string) int { return 42 }
		fmt.Println("shadowed builtin:", len("abc"))
	}
	fmt.Println("builtin again:", len("abc"))
	true := false
	fmt.Println(true, !true)
}
