package main

import (
	"errors"
	"fmt"
)

type N int

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 4))
	fmt.Println(fmt.Sprint(1, N(2), "x", errors.New("e"), 5))
	fmt.Println(fmt.Sprint(nil, nil, 1))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Print("p", 1, 2, "q\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprint([]int{1}, []int{2}), fmt.Sprint(true, false))
	s := fmt.Sprint()
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Append([]byte("pre:"), 1, 2, "z"))
	fmt.Println(string(fmt.Appendf(nil, "%03d", 7)), string(fmt.Appendln(nil, "l")))
}
