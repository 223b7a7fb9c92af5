package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Num int

func pair() (int, error)          { return 4, nil }
func fwd() (int, error)           { return pair() }
func parse(s string) (int, error) { return strconv.Atoi(s) }
func wrap() (any, error)          { return pair() }
func fail() (n int, err error) {
	err = errors.New("no")
	return
}
func none()                         {}
func call()                         { return }
func nums() (Num, Num)              { return 1, 2 }
func nums2() (Num, Num)             { return nums() }
func literal() (int, string, error) { return 1, "a", nil }

func main() {
	fmt.Println(fwd())
	fmt.Println(parse("12"))
	fmt.Println(wrap())
	fmt.Println(fail())
	call()
	fmt.Println(nums2())
	fmt.Println(literal())
	f := func() (int, error) { return parse("x") }
	_, err := f()
	fmt.Println(err != nil)
}
