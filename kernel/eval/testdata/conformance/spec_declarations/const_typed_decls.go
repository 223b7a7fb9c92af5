package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

const (
	a, b = iota * 10, iota + 100
	c, d
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%d %v %T\n", Thursday, Thursday, Thursday)
	fmt.Println(a, b, c, d)
}
