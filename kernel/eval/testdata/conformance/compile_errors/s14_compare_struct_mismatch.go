package main

import "fmt"

type P struct{ X int }
type Q struct{ X int }

func main() {
	fmt.Println(P{1} == Q{1})
}
