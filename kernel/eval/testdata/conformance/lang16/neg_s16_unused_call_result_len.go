package main

import "fmt"

func count(s []int) {
	len(s)
	fmt.Println(s)
}

func main() {
	count([]int{1})
}
