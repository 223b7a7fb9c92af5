package main

import (
	"errors"
	"fmt"
)

func noResult()                         { fmt.Println("no result") }
func one(x int) int                     { return x + 1 }
func grouped(a, b int, s string) string { return fmt.Sprint(a+b, s) }
func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}
func blankParams(_ int, _ string) string { return "blank" }
func unnamedParams(int, string) bool     { return true }
func errResult(ok bool) (int, error) {
	if !ok {
		return 0, errors.New("not ok")
	}
	return 1, nil
}

func main() {
	noResult()
	fmt.Println(one(1), grouped(1, 2, "x"))
	fmt.Println(named(3))
	fmt.Println(blankParams(1, "a"), unnamedParams(0, ""))
	fmt.Println(errResult(true))
	fmt.Println(errResult(false))
	var f func(int) int = one
	fmt.Println(f(41))
}
