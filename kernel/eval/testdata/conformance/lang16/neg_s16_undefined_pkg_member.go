package main

import "fmt"
import "strings"

func main() {
	fmt.Println(strings.Reverse("ab"))
}
