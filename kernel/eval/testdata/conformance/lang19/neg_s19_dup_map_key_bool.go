package main

import "fmt"

func main() {
	m := map[bool]string{true: "yes", false: "no", true: "again"}
	fmt.Println(m)
}
