package main

import "fmt"

func main() {
	e := error(5)
	fmt.Println(e)
}
