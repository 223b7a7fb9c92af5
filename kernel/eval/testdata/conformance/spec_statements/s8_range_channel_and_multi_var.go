package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "c"
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	var arr [3]int
	for i := range arr {
		arr[i] = i * i
	}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
