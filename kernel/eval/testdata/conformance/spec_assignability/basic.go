package main

import "fmt"

type Celsius float64
type IntSlice []int

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var c Celsius = 36.6
	var f float64 = float64(c)
	var is IntSlice = []int{1, 2, 3}
	fmt.Println(c, f, sum(is))
	var e error
	var i interface{ Error() string } = e
	fmt.Println(i == nil)
	var ch chan int = make(chan int)
	var recv <-chan int = ch
	fmt.Println(recv != nil)
	var any1 any = c
	fmt.Printf("%T\n", any1)
}
