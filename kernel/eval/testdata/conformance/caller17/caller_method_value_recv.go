package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

func (p Point) Where() string {
	pc, _, line, _ := runtime.Caller(0)
	return fmt.Sprintf("%s@%d", runtime.FuncForPC(pc).Name(), line)
}

func (p Point) Caller() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func main() {
	p := Point{1, 2}
	fmt.Println(p.Where())
	fmt.Println(p.Caller())
	pp := &p
	fmt.Println(pp.Caller())
}
